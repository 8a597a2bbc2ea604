import { AppError } from '@contract/errors'
import type { Role } from '@contract/domain/role'
import type { Caller } from './context'
import type { Database } from './db-types'
import { hasRole, pathInScope, scopeUnitIds } from './auth'
import { getDispatchUnit, type DispatchUnitDoc } from './dispatch-units'
import { loadUnit } from './org-units'

/** The 派出单位 ids a contact's grants name (their whole scope). */
export function contactUnitIds(caller: Caller): Set<string> {
  return scopeUnitIds(caller, ['dispatch_contact'])
}

/**
 * The 派出单位, if the caller may read about it: its own contact (unless `contactsToo` is false), or
 * someone holding one of `roles` over the county that registered it.
 */
export async function dispatchUnitFor(
  db: Database,
  caller: Caller,
  id: string,
  roles: readonly Role[],
  contactsToo = true,
): Promise<DispatchUnitDoc> {
  const unit = await getDispatchUnit(db, id)
  if (!unit) throw new AppError('not-found', '派出单位不存在')
  if (contactsToo && contactUnitIds(caller).has(unit._id)) return unit
  if (hasRole(caller, roles)) {
    const owner = await loadUnit(db, unit.ownerUnitId, '派出单位的登记单位不存在')
    if (pathInScope(owner.path, scopeUnitIds(caller, roles))) return unit
  }
  throw new AppError('permission-denied', '该派出单位不在您的管辖范围内')
}
