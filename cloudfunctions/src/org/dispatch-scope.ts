import { AppError } from '@contract/errors'
import type { SignedInContext } from '../shared/context'
import { scopeUnitIds } from '../shared/auth'
import { contactUnitIds as contactsOf, dispatchUnitFor } from '../shared/dispatch-access'
import type { DispatchUnitDoc } from '../shared/dispatch-units'
import { getUnitsByIds } from '../shared/org-units'

/** The county an admin manages 派出单位 for: the one county-level unit of their admin grants. */
export async function adminCountyId(ctx: SignedInContext): Promise<string> {
  const units = await getUnitsByIds(ctx.db, [...scopeUnitIds(ctx.caller, ['admin'])])
  const counties = [...units.values()].filter((u) => u.level === 'county')
  if (counties.length !== 1) throw new AppError('permission-denied', '只有县级组织部管理员可以管理派出单位')
  return counties[0]._id
}

/** The 派出单位 ids a contact's grants name. */
export function contactUnitIds(ctx: SignedInContext): Set<string> {
  return contactsOf(ctx.caller)
}

/**
 * The 派出单位, if the caller may see it: an admin of the county that registered it, or its own
 * contact (`manage` refuses contacts: only admins change the register).
 */
export function loadDispatchUnitFor(
  ctx: SignedInContext,
  id: string,
  manage = false,
): Promise<DispatchUnitDoc> {
  return dispatchUnitFor(ctx.db, ctx.caller, id, ['admin'], !manage)
}
