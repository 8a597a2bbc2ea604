import { AppError } from '@contract/errors'
import { APPROVER_LABELS, LEAVE_TYPE_LABELS } from '@contract/domain/presence'
import type { Handler } from '../../shared/handler'
import { writeAudit } from '../../shared/audit'
import { refuseSelfDecision } from '../../shared/self-decision'
import { getLeave, updateLeave, type LeaveDoc } from '../../shared/presence-leaves'
import { canApprove, leaveView } from '../leave-view'
import { bumpLeaveMonths } from '../leave-stats'
import { approverFields, currentStep, stepsOf } from '../leave-chain'
import { tellLeaveDecided } from '../leave-events'

/**
 * One step of the chain decides. A refusal at any step ends the leave; an approval passes it to the
 * next step, and the last approval grants it. The cadre is told of every decision.
 */
export const decideLeave: Handler<'presence', 'decideLeave'> = async (input, ctx) => {
  const leave = await getLeave(ctx.db, input.leaveId)
  if (!leave) throw new AppError('not-found', '未找到该请假')
  // Nobody decides their own leave, whichever step it waits at; then authority, which does not depend
  // on whether someone already decided.
  refuseSelfDecision(ctx.caller, { personIds: [leave.personId] }, '请假', ctx.requestId)
  const waiting = currentStep(leave)
  if (waiting && !canApprove(ctx.caller, leave)) {
    throw new AppError(
      'permission-denied',
      `该请假（${leave.days} 天）现由${APPROVER_LABELS[waiting.level]}审批`,
    )
  }
  if (!waiting) throw new AppError('failed-precondition', '该请假已处理')
  if (input.decision === 'rejected' && !input.comment)
    throw new AppError('invalid-argument', '不批准时请填写意见', { field: 'comment' })
  const person = ctx.caller.person
  const index = leave.stepIndex ?? 0
  const decided = {
    decision: input.decision,
    comment: input.comment || null,
    decidedById: person._id,
    decidedByName: person.name,
    decidedAt: ctx.now,
  }
  const steps = stepsOf(leave).map((s, i) => (i === index ? { ...s, ...decided } : s))
  const next = input.decision === 'approved' ? steps[index + 1] : undefined
  const patch: Partial<LeaveDoc> = next
    ? { steps, stepIndex: index + 1, ...approverFields(next) }
    : {
        steps,
        stepIndex: steps.length,
        status: input.decision,
        comment: decided.comment,
        decidedById: person._id,
        decidedByName: person.name,
        decidedAt: ctx.now,
      }
  await updateLeave(ctx.db, leave._id, patch)
  const final = !next
  if (final && input.decision === 'approved')
    await bumpLeaveMonths(ctx.db, leave, leave.startDay, leave.endDay, 1)
  const stepName = APPROVER_LABELS[waiting.level]
  const verdict = input.decision === 'approved' ? (final ? '批准' : '同意') : '不批准'
  await writeAudit(
    ctx,
    'presence_leave',
    leave._id,
    `${stepName}${verdict}请假（${LEAVE_TYPE_LABELS[leave.type]} ${leave.days} 天）：${input.comment}`,
  )
  await tellLeaveDecided(ctx, leave, {
    approved: input.decision === 'approved',
    stepLabel: stepName,
    nextLabel: next ? APPROVER_LABELS[next.level] : null,
    comment: input.comment ?? '',
  })
  return leaveView({ ...leave, ...patch }, ctx.caller)
}
