import { leaveViewSchema } from '@contract/api/presence-views'
import type { Handler } from '../../shared/handler'
import { viewsOf } from '../../shared/list-views'
import {
  leavesForApprover,
  leavesOfPerson,
  leavesOfTeamLeader,
  leavesOnChainOf,
} from '../../shared/presence-leaves'
import { canApprove, leaveView } from '../leave-view'

/**
 * "mine": the caller's own leaves. "approve": leaves whose chain names the caller — as 队长 in person,
 * or one of their units (township leader; admin of a county or a prefecture).
 */
export const listLeaves: Handler<'presence', 'listLeaves'> = async (input, ctx) => {
  if (input.box === 'mine') {
    const docs = await leavesOfPerson(ctx.db, ctx.caller.person._id, 50)
    return viewsOf(ctx, docs, (d) => leaveView(d, ctx.caller), leaveViewSchema)
  }
  const units = [
    ...new Set(
      ctx.caller.roles
        .filter((g) => g.role === 'township_leader' || g.role === 'admin')
        .flatMap((g) => g.unitIds),
    ),
  ]
  const found = (
    await Promise.all([
      leavesForApprover(ctx.db, units),
      leavesOnChainOf(ctx.db, units),
      leavesOfTeamLeader(ctx.db, ctx.caller.person._id),
    ])
  ).flat()
  const docs = [...new Map(found.map((d) => [d._id, d])).values()]
  // Waiting for the caller first, then the rest, newest first within each.
  const sorted = docs.sort(
    (a, b) =>
      Number(canApprove(ctx.caller, b)) - Number(canApprove(ctx.caller, a)) ||
      b.startDay.localeCompare(a.startDay),
  )
  return viewsOf(ctx, sorted, (d) => leaveView(d, ctx.caller), leaveViewSchema)
}
