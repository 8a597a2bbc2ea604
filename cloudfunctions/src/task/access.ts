import { AppError } from '@contract/errors'
import { SUPERVISING_ROLES } from '@contract/domain/role'
import type { Caller } from '../shared/context'
import { scopeUnitIds } from '../shared/auth'
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

/** The caller issued it or holds one of its units; else the task is none of theirs. */
export function requireTaskAccess(caller: Caller, task: TaskDoc): void {
  if (!issuedByCaller(caller, task) && reportableUnits(caller, task).length === 0)
    throw new AppError('permission-denied', '该调度任务不在您的管辖范围内')
}
