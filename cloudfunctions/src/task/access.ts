import { AppError } from '@contract/errors'
import { SUPERVISING_ROLES } from '@contract/domain/role'
import type { Caller } from '../shared/context'
import type { Database } from '../shared/db-types'
import { scopeUnitIds } from '../shared/auth'
import { childrenOf, unitById } from '../shared/org-units'
import type { TaskDoc } from './repo'

/** Units the caller supervises: a task issued by one of them is the caller's to follow. */
export const supervisedUnits = (caller: Caller): Set<string> => scopeUnitIds(caller, SUPERVISING_ROLES)

/** Units the caller holds any role on itself: the units they report for (their leaders and cadres). */
export const ownUnits = (caller: Caller): Set<string> => scopeUnitIds(caller)

export function issuedByCaller(caller: Caller, task: TaskDoc): boolean {
  return supervisedUnits(caller).has(task.issuerUnitId)
}

/** Units of the task the caller reports for. */
export function reportableUnits(caller: Caller, task: TaskDoc): string[] {
  const own = ownUnits(caller)
  return task.unitIds.filter((id) => own.has(id))
}

/**
 * A 州/市 supervisor follows what the counties beneath it issue, read-only: the issuing unit is a county
 * whose path holds a unit the caller supervises above it. Counties never see each other's tasks.
 */
export async function overseesIssuer(db: Database, caller: Caller, issuerUnitId: string): Promise<boolean> {
  const mine = supervisedUnits(caller)
  if (mine.size === 0 || mine.has(issuerUnitId)) return false
  const issuer = await unitById(db, issuerUnitId)
  return !!issuer && issuer.level === 'county' && issuer.path.some((id) => id !== issuer._id && mine.has(id))
}

/** The counties beneath the 州/市 the caller supervises: their tasks and 周通报 are the caller's to read. */
export async function overseenCounties(db: Database, caller: Caller): Promise<string[]> {
  const mine = [...supervisedUnits(caller)]
  if (mine.length === 0) return []
  const children = await childrenOf(db, mine)
  return children.filter((u) => u.level === 'county' && !mine.includes(u._id)).map((u) => u._id)
}

/** The caller issued it, oversees its issuer, or holds one of its units; else the task is none of theirs. */
export async function requireTaskAccess(db: Database, caller: Caller, task: TaskDoc): Promise<void> {
  if (issuedByCaller(caller, task) || reportableUnits(caller, task).length > 0) return
  if (await overseesIssuer(db, caller, task.issuerUnitId)) return
  throw new AppError('permission-denied', '该调度任务不在您的管辖范围内')
}
