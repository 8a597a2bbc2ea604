import type { Handler } from '../../shared/handler'
import { ledgerWhere } from '../ledger-where'
import { pageItems } from '../repo-items'
import { summaryOf } from '../views'

export const listLedger: Handler<'rectify', 'listLedger'> = async (input, ctx) => {
  const where = await ledgerWhere(ctx, input)
  const page = await pageItems(ctx.db, where, { field: 'registeredAt', order: 'desc' }, input)
  return { items: page.items.map((i) => summaryOf(i, ctx.now)), total: page.total }
}
