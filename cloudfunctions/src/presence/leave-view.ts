import { APPROVER_LABELS, LEAVE_STATUS_LABELS, LEAVE_TYPE_LABELS } from '@contract/domain/presence'
import type { LeaveView } from '@contract/api/presence-views'
import type { Caller } from '../shared/context'
import { isOwnCase } from '../shared/self-decision'
import type { LeaveDoc } from './docs'
import { actsFor, currentStep, stepsOf } from './leave-chain'

/** Whether the caller decides the step now waiting (the 队长, or the unit's leader or admin). */
export function canApprove(caller: Caller, leave: LeaveDoc): boolean {
  const s = currentStep(leave)
  return s !== null && actsFor(caller, s)
}

export function leaveView(doc: LeaveDoc, caller: Caller): LeaveView {
  const now = currentStep(doc)
  return {
    id: doc._id,
    personId: doc.personId,
    personName: doc.personName,
    villageName: doc.villageName,
    type: doc.type,
    typeLabel: LEAVE_TYPE_LABELS[doc.type],
    startDay: doc.startDay,
    endDay: doc.endDay,
    days: doc.days,
    reason: doc.reason,
    status: doc.status,
    statusLabel: LEAVE_STATUS_LABELS[doc.status],
    approverLabel: APPROVER_LABELS[now?.level ?? doc.approverLevel],
    chain: stepsOf(doc).map((s) => ({
      label: APPROVER_LABELS[s.level],
      decision: s.decision,
      decidedByName: s.decidedByName,
      comment: s.comment,
    })),
    comment: doc.comment,
    decidedByName: doc.decidedByName,
    returnedDay: doc.returnedDay,
    canDecide: now !== null && actsFor(caller, now) && !isOwnCase(caller, { personIds: [doc.personId] }),
  }
}
