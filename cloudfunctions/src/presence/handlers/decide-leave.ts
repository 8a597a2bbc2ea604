import { AppError } from '@contract/errors'
import { APPROVER_LABELS } from '@contract/domain/presence'
import type { Handler } from '../../shared/handler'
import { writeAudit } from '../../shared/audit'
import { refuseSelfDecision } from '../../shared/self-decision'
import { getLeave, updateLeave } from '../../shared/presence-leaves'
import { canApprove, leaveView } from '../leave-view'
import { bumpLeaveMonths } from '../leave-stats'
import { tellEvent } from '../../shared/notify-events'

export const decideLeave: Handler<'presence', 'decideLeave'> = async (input, ctx) => {
  const leave = await getLeave(ctx.db, input.leaveId)
  if (!leave) throw new AppError('not-found', '未找到该请假')
  // Authority first: whether the caller may decide does not depend on whether someone already did.
  if (!canApprove(ctx.caller, leave)) {
    throw new AppError(
      'permission-denied',
      `该请假（${leave.days} 天）应由${APPROVER_LABELS[leave.approverLevel]}审批`,
    )
  }
  refuseSelfDecision(ctx.caller, { personIds: [leave.personId] }, '请假', ctx.requestId)
  if (leave.status !== 'pending') throw new AppError('failed-precondition', '该请假已处理')
  if (input.decision === 'rejected' && !input.comment)
    throw new AppError('invalid-argument', '不批准时请填写意见', { field: 'comment' })
  const person = ctx.caller.person
  const patch = {
    status: input.decision,
    comment: input.comment || null,
    decidedById: person._id,
    decidedByName: person.name,
    decidedAt: ctx.now,
  }
  await updateLeave(ctx.db, leave._id, patch)
  if (input.decision === 'approved') await bumpLeaveMonths(ctx.db, leave, leave.startDay, leave.endDay, 1)
  await writeAudit(
    ctx,
    'presence_leave',
    leave._id,
    `${input.decision === 'approved' ? '批准' : '不批准'}请假：${input.comment}`,
  )
  await tellEvent(
    ctx.db,
    ctx.now,
    {
      kind: 'leave_decided',
      id: `${leave._id}-${input.decision}`,
      actorId: person._id,
      payload: {
        leaveId: leave._id,
        personId: leave.personId,
        approved: input.decision === 'approved',
        startDay: leave.startDay,
        endDay: leave.endDay,
        deciderName: person.name,
        comment: input.comment ?? '',
      },
    },
    ctx.requestId,
  )
  return leaveView({ ...leave, ...patch }, ctx.caller)
}
