import { APPROVER_LABELS, leaveChain, type ApproverLevel } from '@contract/domain/presence'
import type { Caller } from '../shared/context'
import type { Database } from '../shared/db-types'
import type { OrgUnitDoc, PersonDoc } from '../shared/docs'
import { countyIdOrThrow, prefectureIdOf, townshipIdOrThrow } from '../shared/org-tree'
import { teamLeaderOf } from '../shared/postings'
import { getDispatchUnit } from '../shared/dispatch-units'
import type { LeaveDoc, LeaveStep } from '../shared/presence-leaves'

/** The step now waiting for a decision, or null once the leave is decided. */
export interface CurrentStep {
  level: ApproverLevel
  unitId: string | null
  personId: string | null
}

function step(level: ApproverLevel, unitId: string | null, personId: string | null): LeaveStep {
  return {
    level,
    unitId,
    personId,
    decision: null,
    comment: null,
    decidedById: null,
    decidedByName: null,
    decidedAt: null,
  }
}

/**
 * The chain of a new leave: the village team's 队长 (unless the cadre is the 队长), the township or the
 * county by duration, and the 市 last when a 市直 unit sent the cadre and a prefecture sits above.
 */
export async function chainFor(
  db: Database,
  person: PersonDoc,
  village: OrgUnitDoc,
  days: number,
): Promise<{ steps: LeaveStep[]; dispatchUnitId: string | null }> {
  const [leader, dispatch] = await Promise.all([
    teamLeaderOf(db, village._id),
    person.dispatchUnitId ? getDispatchUnit(db, person.dispatchUnitId) : Promise.resolve(null),
  ])
  const leaderId = leader && leader.personId !== person._id ? leader.personId : null
  const prefectureId = prefectureIdOf(village)
  const levels = leaveChain({
    days,
    teamLeader: leaderId !== null,
    citySent: dispatch?.kind === 'city',
    prefecture: prefectureId !== null,
  })
  const unitOf: Record<Exclude<ApproverLevel, 'team'>, string | null> = {
    township: townshipIdOrThrow(village),
    county: countyIdOrThrow(village),
    city: prefectureId,
  }
  const steps = levels.map((level) =>
    level === 'team' ? step(level, null, leaderId) : step(level, unitOf[level], null),
  )
  return { steps, dispatchUnitId: dispatch?._id ?? null }
}

/** A leave's steps; a leave asked before chains existed has the one step its approver level names. */
export function stepsOf(doc: LeaveDoc): LeaveStep[] {
  if (doc.steps) return doc.steps
  const decided = doc.status !== 'pending'
  return [
    {
      ...step(doc.approverLevel, doc.approverUnitId, null),
      decision: decided ? (doc.status === 'rejected' ? 'rejected' : 'approved') : null,
      comment: doc.comment,
      decidedById: doc.decidedById,
      decidedByName: doc.decidedByName,
      decidedAt: doc.decidedAt,
    },
  ]
}

export function currentStep(doc: LeaveDoc): CurrentStep | null {
  if (doc.status !== 'pending') return null
  const s = stepsOf(doc)[doc.stepIndex ?? 0]
  return s ? { level: s.level, unitId: s.unitId, personId: s.personId } : null
}

/** Whether the caller is the approver of a step: the 队长 in person, else the unit's leader or admin. */
export function actsFor(caller: Caller, s: CurrentStep): boolean {
  if (s.level === 'team') return !!s.personId && caller.person?._id === s.personId
  const role = s.level === 'township' ? 'township_leader' : 'admin'
  return !!s.unitId && caller.roles.some((g) => g.role === role && g.unitIds.includes(s.unitId ?? ''))
}

/** The flat fields the approvers' index reads: the step now waiting. */
export function approverFields(s: LeaveStep): Pick<LeaveDoc, 'approverLevel' | 'approverUnitId'> {
  return { approverLevel: s.level, approverUnitId: s.unitId ?? '' }
}

export function stepLabel(level: ApproverLevel): string {
  return APPROVER_LABELS[level]
}
