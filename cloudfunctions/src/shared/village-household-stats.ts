import type { Database } from './db-types'
import { householdCountsByVillage } from './household-counts'
import { placeOfVillagePath } from './org-tree'
import { setVillageStatic, type VillageStaticDoc } from './stats'

type HouseholdFields = Required<
  Pick<
    VillageStaticDoc,
    | 'villageId'
    | 'townshipId'
    | 'countyId'
    | 'households'
    | 'pairedHouseholds'
    | 'householdsByKind'
    | 'updatedAt'
  >
>

/**
 * Recounts households (all, paired, by kind) per village of a county in one aggregation — nightly and
 * after an import — or of one village, when a 纳入 or 风险消除 changed a household's kind.
 */
export async function recountVillageHouseholds(
  db: Database,
  now: Date,
  countyId: string,
  villageId?: string,
): Promise<number> {
  const rows = await householdCountsByVillage(db, countyId, villageId)
  for (const row of rows) {
    const place = placeOfVillagePath(row.unitPath)
    const doc: HouseholdFields = {
      villageId: row.villageId,
      townshipId: place.townshipId ?? '',
      countyId: place.countyId ?? '',
      households: row.households,
      pairedHouseholds: row.pairedHouseholds,
      householdsByKind: row.byKind,
      updatedAt: now,
    }
    // Update, not set: the report function keeps `residentCadres` on the same doc.
    await setVillageStatic(db, row.villageId, doc, doc)
  }
  return rows.length
}
