import type { Handler } from '../../shared/handler'
import { repathCounty } from '../../shared/repath-handler'
import { repathOwnRecords } from '../repo'

/** After org.attachCounty: this function's own records under the county gain the 州/市. */
export const repathRecords: Handler<'feedback', 'repathRecords'> = (input, ctx) =>
  repathCounty(ctx, input.countyId, repathOwnRecords)
