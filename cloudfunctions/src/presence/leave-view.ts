import { APPROVER_LABELS, LEAVE_STATUS_LABELS, LEAVE_TYPE_LABELS } from '@contract/domain/presence'
import type { LeaveView } from '@contract/api/presence-views'
import type { Caller } from '../shared/context'
import { isOwnCase } from '../shared/self-decision'
import type { LeaveDoc } from './docs'

/** The approver by rule: the township leader of the village's township, or the county admin. */
export function canApprove(caller: Caller, leave: LeaveDoc): boolean {
  const role = leave.approverLevel === 'township' ? 'township_leader' : 'admin'
  return caller.roles.some((g) => g.role === role && g.unitIds.includes(leave.approverUnitId))
}

export function leaveView(doc: LeaveDoc, caller: Caller): LeaveView {
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
    approverLabel: APPROVER_LABELS[doc.approverLevel],
    comment: doc.comment,
    decidedByName: doc.decidedByName,
    returnedDay: doc.returnedDay,
    canDecide:
      doc.status === 'pending' &&
      canApprove(caller, doc) &&
      !isOwnCase(caller, { personIds: [doc.personId] }),
  }
}
