import { itemSummarySchema } from '@contract/api/rectify-schemas'
import type { Handler } from '../../shared/handler'
import { viewsOf } from '../../shared/list-views'
import { ledgerWhere } from '../ledger-where'
import { pageItems } from '../../shared/rectify-items'
import { summaryOf } from '../views'

export const listLedger: Handler<'rectify', 'listLedger'> = async (input, ctx) => {
  const where = await ledgerWhere(ctx, input)
  const page = await pageItems(ctx.db, where, { field: 'registeredAt', order: 'desc' }, input)
  return { ...viewsOf(ctx, page.items, (i) => summaryOf(i, ctx.now), itemSummarySchema), total: page.total }
}
