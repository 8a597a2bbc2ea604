import { LEAVE_TYPE_LABELS } from '@contract/domain/presence'
import type { SignedInContext } from '../shared/context'
import { getDispatchUnit } from '../shared/dispatch-units'
import { tellEvent } from '../shared/notify-events'
import type { LeaveDoc } from '../shared/presence-leaves'

/**
 * Tells the cadre of a decision at any step; once the leave is decided (granted, or refused at any
 * step), the contact of the cadre's 派出单位 is told as well.
 */
export async function tellLeaveDecided(
  ctx: SignedInContext,
  leave: LeaveDoc,
  d: { approved: boolean; stepLabel: string; nextLabel: string | null; comment: string },
): Promise<void> {
  const person = ctx.caller.person
  const occurrence = `${leave._id}-${leave.stepIndex ?? 0}-${d.approved ? 'approved' : 'rejected'}`
  await tellEvent(
    ctx.db,
    ctx.now,
    {
      kind: 'leave_decided',
      id: occurrence,
      actorId: person._id,
      payload: {
        leaveId: leave._id,
        personId: leave.personId,
        approved: d.approved,
        startDay: leave.startDay,
        endDay: leave.endDay,
        deciderName: person.name,
        comment: d.comment,
        stepLabel: d.stepLabel,
        nextLabel: d.nextLabel,
      },
    },
    ctx.requestId,
  )
  if (d.nextLabel || !leave.dispatchUnitId) return
  const unit = await getDispatchUnit(ctx.db, leave.dispatchUnitId)
  if (!unit?.contactPersonId) return
  await tellEvent(
    ctx.db,
    ctx.now,
    {
      kind: 'leave_dispatch_informed',
      id: occurrence,
      actorId: person._id,
      payload: {
        leaveId: leave._id,
        contactId: unit.contactPersonId,
        personName: leave.personName,
        typeLabel: LEAVE_TYPE_LABELS[leave.type],
        startDay: leave.startDay,
        endDay: leave.endDay,
        days: leave.days,
        approved: d.approved,
        deciderName: person.name,
      },
    },
    ctx.requestId,
  )
}
