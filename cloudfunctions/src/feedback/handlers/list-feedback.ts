import { hostFeedbackSchema } from '@contract/api/feedback'
import { shanghaiDay } from '@contract/domain/presence-time'
import type { Handler } from '../../shared/handler'
import { scopeUnitIds } from '../../shared/auth'
import { viewsOf } from '../../shared/list-views'
import { photoUrls } from '../file-urls'
import { inScope, overdueCount } from '../repo'
import { hostView } from '../views'

/** What the caller's organization department received, newest first; the overdue count always shown. */
export const listFeedback: Handler<'feedback', 'listFeedback'> = async (input, ctx) => {
  const scope = [...scopeUnitIds(ctx.caller, ['admin'])]
  const today = shanghaiDay(ctx.now)
  const [page, overdue] = await Promise.all([
    inScope(
      ctx.db,
      { scope, status: input.status, overdueOn: input.overdue ? today : undefined },
      input.offset,
      input.limit,
    ),
    overdueCount(ctx.db, scope, today),
  ])
  const urls = await photoUrls(page.items.map((d) => d.photoFileId))
  return {
    ...viewsOf(ctx, page.items, (d) => hostView(d, ctx.now, urls), hostFeedbackSchema),
    total: page.total,
    overdue,
  }
}
