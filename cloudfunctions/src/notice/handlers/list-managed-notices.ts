import { shanghaiDay } from '@contract/domain/presence-time'
import { noticeSummarySchema } from '@contract/api/notice-schemas'
import type { Handler } from '../../shared/handler'
import { viewsOf } from '../../shared/list-views'
import { noticesInScope } from '../../shared/public-notices'
import { scopeOf } from '../scope'
import { noticeSummary } from '../views'

export const listManagedNotices: Handler<'notice', 'listManagedNotices'> = async (input, ctx) => {
  const scope = scopeOf(ctx, ['admin', 'supervisor', 'township_leader', 'resident_cadre', 'village_cadre'])
  const page = await noticesInScope(ctx.db, scope, input.offset, input.limit)
  const today = shanghaiDay(ctx.now)
  return {
    ...viewsOf(ctx, page.items, (d) => noticeSummary(d, today), noticeSummarySchema),
    total: page.total,
  }
}
