import type { Household } from '@contract/domain/household'
import type { HouseholdDoc } from './docs'

/** The only shape in which a household leaves a function: masked values, never hashes or ciphertext. */
export function toHouseholdView(doc: HouseholdDoc): Household {
  return {
    id: doc._id,
    headName: doc.headName,
    idMasked: doc.idMasked,
    phoneMasked: doc.phoneMasked,
    villageId: doc.villageId,
    groupId: doc.groupId,
    members: doc.members,
    mainCause: doc.mainCause,
    status: doc.status,
    pairingCadreIds: doc.pairingCadreIds,
  }
}
