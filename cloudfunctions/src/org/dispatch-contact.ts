import type { RoleGrant } from '@contract/domain/role'
import type { HandlerContext } from '../shared/context'
import { getDispatchUnit, updateDispatchUnit } from '../shared/dispatch-units'

/** Whether a person holds the contact grant of some 派出单位: the ids it names. */
export function contactUnitsOf(roles: readonly RoleGrant[]): string[] {
  return roles.filter((g) => g.role === 'dispatch_contact').flatMap((g) => g.unitIds)
}

/**
 * A contact has just signed in: each 派出单位 whose contact they are now points at them, so leave,
 * 考核 and recall notices reach them (`contactPersonId`).
 */
export async function linkBoundContact(
  ctx: HandlerContext,
  person: { _id: string; phoneHash: string; roles: readonly RoleGrant[] },
): Promise<void> {
  for (const id of contactUnitsOf(person.roles)) {
    const unit = await getDispatchUnit(ctx.db, id)
    if (unit && unit.contactPhoneHash === person.phoneHash)
      await updateDispatchUnit(ctx.db, id, { contactPersonId: person._id, updatedAt: ctx.now })
  }
}
