import { ratingSuggestion } from '@contract/domain/presence'
import { ABSENCE_STATUS_LABELS, type AbsenceStatus, type AbsenceView } from '@contract/api/presence-absences'
import type { Caller } from '../shared/context'
import { isOwnCase } from '../shared/self-decision'
import type { OrgUnitDoc } from '../shared/docs'
import { pathInScope, scopeUnitIds } from '../shared/auth'
import type { DecidedAbsenceDoc } from '../shared/presence-absences'

/** The roles that confirm or excuse an absence: the county admin, or the leader of its township. */
export const ABSENCE_DECIDERS = ['admin', 'township_leader'] as const

export function absenceStatus(a: DecidedAbsenceDoc): AbsenceStatus {
  if (a.decision) return a.decision
  return a.excused ? 'on_leave' : 'pending'
}

/** Whether the caller may decide this absence: in their admin/township scope, and not their own. */
export function canDecideAbsence(caller: Caller, a: DecidedAbsenceDoc, village: OrgUnitDoc): boolean {
  if (!caller.person || isOwnCase(caller, { personIds: [a.personId] })) return false
  return pathInScope(village.path, scopeUnitIds(caller, ABSENCE_DECIDERS))
}

export function absenceView(
  a: DecidedAbsenceDoc,
  opts: { name: string; village: OrgUnitDoc; unexcusedThisYear: number; caller: Caller },
): AbsenceView {
  const status = absenceStatus(a)
  return {
    id: a._id,
    personId: a.personId,
    name: opts.name,
    villageId: a.villageId,
    villageName: opts.village.name,
    day: a.day,
    status,
    statusLabel: ABSENCE_STATUS_LABELS[status],
    unexcusedThisYear: opts.unexcusedThisYear,
    suggestion: ratingSuggestion(opts.unexcusedThisYear),
    decidedByName: a.decidedByName ?? null,
    decidedAt: a.decidedAt ? new Date(a.decidedAt).toISOString() : null,
    comment: a.comment ?? '',
    canDecide: status === 'pending' && canDecideAbsence(opts.caller, a, opts.village),
  }
}
