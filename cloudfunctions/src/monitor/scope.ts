import { AppError } from '@contract/errors'
import type { CaseStep } from '@contract/domain/monitoring'
import { STEP_ROLES } from '@contract/domain/monitoring-flow'
import type { Role } from '@contract/domain/role'
import { pathInScope, requireInScope, scopeUnitIds } from '../shared/auth'
import type { Caller, HandlerContext } from '../shared/context'
import { getMonitorCase, type MonitorCaseDoc } from '../shared/monitor-cases'
import { loadHousehold, type HouseholdDoc } from '../shared/households'

/** Everyone who reads cases; a pairing cadre's scope is the village of their households. */
export const READER_ROLES: readonly Role[] = [
  'admin',
  'supervisor',
  'township_leader',
  'resident_cadre',
  'village_cadre',
  'pairing_cadre',
]
export const VILLAGE_ROLES: readonly Role[] = ['resident_cadre', 'village_cadre', 'pairing_cadre']

/** The case, when it lies in the caller's scope. */
export async function caseInScope(ctx: HandlerContext, caseId: string): Promise<MonitorCaseDoc> {
  const doc = await getMonitorCase(ctx.db, caseId)
  if (!doc) throw new AppError('not-found', '未找到该监测事项')
  requireInScope(doc.unitPath, scopeUnitIds(ctx.caller, READER_ROLES))
  return doc
}

/** A household of the caller's village (cadres at the village act for it). */
export async function villageHousehold(ctx: HandlerContext, householdId: string): Promise<HouseholdDoc> {
  const h = await loadHousehold(ctx.db, householdId)
  requireInScope(h.unitPath, scopeUnitIds(ctx.caller, VILLAGE_ROLES))
  return h
}

/** Why the caller may not decide the case's current step (role, scope), or null when they may. */
export function whyNotDecider(caller: Caller, step: CaseStep, unitPath: readonly string[]): string | null {
  const roles = STEP_ROLES[step]
  if (roles.length === 0) return '该事项已办结'
  if (!caller.roles.some((g) => roles.includes(g.role))) {
    if (step === 'township_review') return '该环节由乡镇审核'
    if (step === 'county_confirm') return '该环节由县级确认'
    return '该环节由村级评议（驻村干部或村干部）'
  }
  if (!pathInScope(unitPath, scopeUnitIds(caller, roles))) return '该事项不在您办理的范围内'
  return null
}

/** 回避: the case's starter, and a cadre who is the household's own head, decide none of its steps. */
export function partiesOf(doc: MonitorCaseDoc, household: HouseholdDoc | null, caller: Caller) {
  const starter = doc.history.find((r) => r.outcome === 'started')?.byId ?? null
  const ownHousehold =
    !!household && !!caller.person?.idHash && caller.person.idHash === household.idHash
      ? caller.person._id
      : null
  return { personIds: [starter, ownHousehold], openids: [doc.starterOpenid ?? null] }
}
