import { AppError } from '@contract/errors'
import type { SignedInContext } from '../shared/context'
import { hasRole, pathInScope, scopeUnitIds } from '../shared/auth'
import { getDispatchUnit, type DispatchUnitDoc } from '../shared/dispatch-units'
import { getUnitsByIds, loadUnit } from '../shared/org-units'

/** The county an admin manages 派出单位 for: the one county-level unit of their admin grants. */
export async function adminCountyId(ctx: SignedInContext): Promise<string> {
  const units = await getUnitsByIds(ctx.db, [...scopeUnitIds(ctx.caller, ['admin'])])
  const counties = [...units.values()].filter((u) => u.level === 'county')
  if (counties.length !== 1) throw new AppError('permission-denied', '只有县级组织部管理员可以管理派出单位')
  return counties[0]._id
}

/** The 派出单位 ids a contact's grants name. */
export function contactUnitIds(ctx: SignedInContext): Set<string> {
  return scopeUnitIds(ctx.caller, ['dispatch_contact'])
}

/**
 * The 派出单位, if the caller may see it: an admin of the county that registered it, or its own
 * contact (`manage` refuses contacts: only admins change the register).
 */
export async function loadDispatchUnitFor(
  ctx: SignedInContext,
  id: string,
  manage = false,
): Promise<DispatchUnitDoc> {
  const unit = await getDispatchUnit(ctx.db, id)
  if (!unit) throw new AppError('not-found', '派出单位不存在')
  if (!manage && contactUnitIds(ctx).has(unit._id)) return unit
  if (hasRole(ctx.caller, ['admin'])) {
    const owner = await loadUnit(ctx.db, unit.ownerUnitId, '派出单位的登记单位不存在')
    if (pathInScope(owner.path, scopeUnitIds(ctx.caller, ['admin']))) return unit
  }
  throw new AppError('permission-denied', '该派出单位不在您的管辖范围内')
}
