import { randomBytes } from 'node:crypto'
import { AppError } from '@contract/errors'
import type { Handler } from '../../shared/handler'
import { writeAudit } from '../../shared/audit'
import { dispatchUnitsOf, insertDispatchUnit } from '../../shared/dispatch-units'
import { encrypt, keyedHash, maskPhone } from '../../shared/sensitive'
import { adminCountyId } from '../dispatch-scope'
import { takeContact } from '../../shared/dispatch-contact'

/** A county admin registers a 派出单位; its contact becomes a person holding the contact role for it. */
export const registerDispatchUnit: Handler<'org', 'registerDispatchUnit'> = async (input, ctx) => {
  const countyId = await adminCountyId(ctx)
  const existing = await dispatchUnitsOf(ctx.db, countyId)
  if (existing.some((u) => u.name === input.name && u.status === 'active'))
    throw new AppError('conflict', `派出单位「${input.name}」已登记`, { field: 'name' })
  const id = `du-${randomBytes(8).toString('hex')}`
  const contact = await takeContact(ctx, id, countyId, { name: input.contactName, phone: input.contactPhone })
  await insertDispatchUnit(ctx.db, {
    _id: id,
    ownerUnitId: countyId,
    name: input.name,
    kind: input.kind,
    contactName: input.contactName,
    contactPhoneMasked: maskPhone(input.contactPhone),
    contactPhoneHash: keyedHash(input.contactPhone),
    contactPhoneEnc: encrypt(input.contactPhone),
    contactPersonId: contact.bound ? contact.personId : null,
    status: 'active',
    createdAt: ctx.now,
    updatedAt: ctx.now,
  })
  await writeAudit(ctx, 'dispatch_unit', id, `登记派出单位「${input.name}」，联系人 ${input.contactName}`)
  return { id }
}
