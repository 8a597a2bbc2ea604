// Entry point of the local database module.
export { LocalDatabase, loadCollections } from './local-database'
export type { CollectionDecl, RequestInfo, WireResponse } from './types'
