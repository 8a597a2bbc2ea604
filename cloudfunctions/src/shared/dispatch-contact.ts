import { randomBytes } from 'node:crypto'
import type { RoleGrant } from '@contract/domain/role'
import type { Database } from './db-types'
import { findPeopleByPhoneHash, getPerson, insertPerson, updatePerson } from './people'
import { encrypt, keyedHash, maskPhone } from './sensitive'

/**
 * A 派出单位's contact as a person: used by the register (org) and by the county import, so both give
 * the contact the same grant.
 */
interface Writer {
  db: Database
  now: Date
}

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
  ctx: Writer,
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
export async function dropContact(ctx: Writer, personId: string, dispatchUnitId: string): Promise<void> {
  const person = await getPerson(ctx.db, personId)
  if (!person) return
  const roles = person.roles.filter((g) => !isGrantOf(g, dispatchUnitId))
  if (roles.length === person.roles.length) return
  await updatePerson(ctx.db, personId, roles.length > 0 ? { roles } : { roles, status: 'revoked' }, ctx.now)
}

/** A new contact phone moves the grant: every holder of the old phone drops it, the new phone takes it. */
export async function moveContact(
  ctx: Writer,
  unit: { id: string; ownerUnitId: string; formerPhoneHash: string },
  contact: { name: string; phone: string },
): Promise<{ personId: string; bound: boolean }> {
  for (const former of await findPeopleByPhoneHash(ctx.db, unit.formerPhoneHash))
    await dropContact(ctx, former._id, unit.id)
  return takeContact(ctx, unit.id, unit.ownerUnitId, contact)
}
