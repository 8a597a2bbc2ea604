import type { Household } from '@contract/domain/household'
import type { HouseholdDoc } from './docs'
import { kindOf } from './households'

/** The only shape in which a household leaves a function: masked values, never hashes or ciphertext. */
export function toHouseholdView(doc: HouseholdDoc): Household {
  const { kind, monitorType } = kindOf(doc)
  return {
    id: doc._id,
    headName: doc.headName,
    idMasked: doc.idMasked,
    phoneMasked: doc.phoneMasked,
    villageId: doc.villageId,
    groupId: doc.groupId,
    members: doc.members,
    kind,
    monitorType,
    mainCause: doc.mainCause ?? null,
    registeredStatus: doc.registeredStatus ?? doc.status ?? null,
    pairingCadreIds: doc.pairingCadreIds,
  }
}
