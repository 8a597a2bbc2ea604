import { AppError } from '@contract/errors'
import type { Handler } from '../../shared/handler'
import { writeAudit } from '../../shared/audit'
import { dispatchUnitsOf, updateDispatchUnit as writeDispatchUnit } from '../../shared/dispatch-units'
import { encrypt, keyedHash, maskPhone } from '../../shared/sensitive'
import { loadDispatchUnitFor } from '../dispatch-scope'
import { moveContact } from '../../shared/dispatch-contact'

/** Name, kind or contact of a 派出单位; a new contact phone moves the contact role to that person. */
export const updateDispatchUnit: Handler<'org', 'updateDispatchUnit'> = async (input, ctx) => {
  const unit = await loadDispatchUnitFor(ctx, input.dispatchUnitId, true)
  if (unit.status !== 'active') throw new AppError('failed-precondition', '该派出单位已归档，不能修改')
  const others = await dispatchUnitsOf(ctx.db, unit.ownerUnitId)
  if (others.some((u) => u._id !== unit._id && u.name === input.name && u.status === 'active'))
    throw new AppError('conflict', `派出单位「${input.name}」已登记`, { field: 'name' })
  const phoneHash = keyedHash(input.contactPhone)
  let contactPersonId = unit.contactPersonId
  if (phoneHash !== unit.contactPhoneHash) {
    const contact = await moveContact(
      ctx,
      { id: unit._id, ownerUnitId: unit.ownerUnitId, formerPhoneHash: unit.contactPhoneHash },
      { name: input.contactName, phone: input.contactPhone },
    )
    contactPersonId = contact.bound ? contact.personId : null
  }
  await writeDispatchUnit(ctx.db, unit._id, {
    name: input.name,
    kind: input.kind,
    contactName: input.contactName,
    contactPhoneMasked: maskPhone(input.contactPhone),
    contactPhoneHash: phoneHash,
    contactPhoneEnc: encrypt(input.contactPhone),
    contactPersonId,
    updatedAt: ctx.now,
  })
  await writeAudit(
    ctx,
    'dispatch_unit',
    unit._id,
    `修改派出单位「${input.name}」，联系人 ${input.contactName}`,
  )
  return { ok: true as const }
}
