import { shanghaiDay } from '@contract/domain/presence-time'
import type { Handler } from '../../shared/handler'
import { noticesInScope } from '../repo-notices'
import { scopeOf } from '../scope'
import { noticeSummary } from '../views'

export const listManagedNotices: Handler<'notice', 'listManagedNotices'> = async (input, ctx) => {
  const scope = scopeOf(ctx, ['admin', 'supervisor', 'township_leader', 'resident_cadre', 'village_cadre'])
  const page = await noticesInScope(ctx.db, scope, input.offset, input.limit)
  const today = shanghaiDay(ctx.now)
  return { items: page.items.map((d) => noticeSummary(d, today)), total: page.total }
}
