import { urgeSummarySchema } from '@contract/api/notice-schemas'
import type { Handler } from '../../shared/handler'
import { viewsOf } from '../../shared/list-views'
import { readTimes } from '../repo-inbox'
import { urgesBy } from '../repo-notices'
import { urgeSummary } from '../views'

export const listUrges: Handler<'notice', 'listUrges'> = async (input, ctx) => {
  const page = await urgesBy(ctx.db, ctx.caller.person._id, input.offset, input.limit)
  const reads = await readTimes(
    ctx.db,
    page.items.flatMap((u) => u.recipients.map((r) => r.inboxId)),
  )
  return {
    ...viewsOf(
      ctx,
      page.items,
      (u) => urgeSummary(u, u.recipients.filter((r) => reads.get(r.inboxId)).length),
      urgeSummarySchema,
    ),
    total: page.total,
  }
}
