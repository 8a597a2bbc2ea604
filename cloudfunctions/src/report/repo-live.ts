export { openItems, type OpenItem } from '../shared/rectify-items'
export { noticesNotEnded, type WindowNotice } from '../shared/public-notices'
