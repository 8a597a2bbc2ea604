import { randomBytes } from 'node:crypto'
import type { RoleGrant } from '@contract/domain/role'
import type { HandlerContext, SignedInContext } from '../shared/context'
import { findPeopleByPhoneHash, getPerson, insertPerson, updatePerson } from '../shared/people'
import { encrypt, keyedHash, maskPhone } from '../shared/sensitive'
import { getDispatchUnit, updateDispatchUnit } from '../shared/dispatch-units'

/** The contact's grant: its scope is the 派出单位 itself, never an org unit. */
function contactGrant(dispatchUnitId: string): RoleGrant {
  return { role: 'dispatch_contact', unitIds: [dispatchUnitId] }
}

const isGrantOf = (g: RoleGrant, dispatchUnitId: string) =>
  g.role === 'dispatch_contact' && g.unitIds.includes(dispatchUnitId)

/**
 * The person who is the 派出单位's contact, by phone: an existing person gains the grant, anyone else
 * becomes a new person of the county holding only it (they bind like everyone else). Returns the person
 * and whether they have signed in, so the unit's `contactPersonId` is set only for a bound contact.
 */
export async function takeContact(
  ctx: SignedInContext,
  dispatchUnitId: string,
  countyId: string,
  contact: { name: string; phone: string },
): Promise<{ personId: string; bound: boolean }> {
  const [existing] = await findPeopleByPhoneHash(ctx.db, keyedHash(contact.phone))
  if (existing) {
    if (!existing.roles.some((g) => isGrantOf(g, dispatchUnitId)))
      await updatePerson(
        ctx.db,
        existing._id,
        { roles: [...existing.roles, contactGrant(dispatchUnitId)] },
        ctx.now,
      )
    return { personId: existing._id, bound: Boolean(existing.openid) }
  }
  const personId = `p-${randomBytes(8).toString('hex')}`
  await insertPerson(ctx.db, {
    _id: personId,
    name: contact.name,
    phoneMasked: maskPhone(contact.phone),
    phoneHash: keyedHash(contact.phone),
    phoneEnc: encrypt(contact.phone),
    roles: [contactGrant(dispatchUnitId)],
    homeUnitId: countyId,
    openid: null,
    status: 'active',
    createdAt: ctx.now,
    updatedAt: ctx.now,
  })
  return { personId, bound: false }
}

/** The former contact loses the grant; a person left with no role at all is revoked. */
export async function dropContact(
  ctx: SignedInContext,
  personId: string,
  dispatchUnitId: string,
): Promise<void> {
  const person = await getPerson(ctx.db, personId)
  if (!person) return
  const roles = person.roles.filter((g) => !isGrantOf(g, dispatchUnitId))
  if (roles.length === person.roles.length) return
  await updatePerson(ctx.db, personId, roles.length > 0 ? { roles } : { roles, status: 'revoked' }, ctx.now)
}

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
