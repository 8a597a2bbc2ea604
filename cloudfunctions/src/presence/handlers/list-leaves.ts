import { leaveViewSchema } from '@contract/api/presence-views'
import type { Handler } from '../../shared/handler'
import { viewsOf } from '../../shared/list-views'
import { leavesForApprover, leavesOfPerson } from '../../shared/presence-leaves'
import { leaveView } from '../leave-view'

/** "mine": the caller's own leaves. "approve": leaves whose approver by rule is one of the caller's units. */
export const listLeaves: Handler<'presence', 'listLeaves'> = async (input, ctx) => {
  if (input.box === 'mine') {
    const docs = await leavesOfPerson(ctx.db, ctx.caller.person._id, 50)
    return viewsOf(ctx, docs, (d) => leaveView(d, ctx.caller), leaveViewSchema)
  }
  const units = ctx.caller.roles
    .filter((g) => g.role === 'township_leader' || g.role === 'admin')
    .flatMap((g) => g.unitIds)
  const docs = await leavesForApprover(ctx.db, [...new Set(units)])
  // Waiting ones first, then the decided ones, newest first within each.
  const pendingFirst = [...docs].sort(
    (a, b) => Number(b.status === 'pending') - Number(a.status === 'pending'),
  )
  return viewsOf(ctx, pendingFirst, (d) => leaveView(d, ctx.caller), leaveViewSchema)
}
