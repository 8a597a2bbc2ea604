import { OPEN_STATES } from '@contract/domain/rectification'
import { itemSummarySchema } from '@contract/api/rectify-schemas'
import type { Handler } from '../../shared/handler'
import { viewsOf } from '../../shared/list-views'
import { pageItems } from '../../shared/rectify-items'
import { summaryOf } from '../views'

/** My items, deadline first: by default the ones that still owe work (index responsible/registrar + state). */
export const listMine: Handler<'rectify', 'listMine'> = async (input, ctx) => {
  const _ = ctx.db.command
  const me = ctx.caller.person._id
  const where = {
    [input.as === 'registrar' ? 'registeredById' : 'responsiblePersonId']: me,
    state:
      input.state ??
      (input.as === 'registrar' ? _.in(['registered', ...OPEN_STATES]) : _.in([...OPEN_STATES])),
  }
  const page = await pageItems(ctx.db, where, { field: 'deadlineAt', order: 'asc' }, input)
  return { ...viewsOf(ctx, page.items, (i) => summaryOf(i, ctx.now), itemSummarySchema), total: page.total }
}
