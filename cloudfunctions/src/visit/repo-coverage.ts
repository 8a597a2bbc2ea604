import type { Database } from '../shared/db-types'
import type { VillageStatsDoc } from './docs'
import { householdCountsByVillage } from '../shared/households'
import { placeOfVillagePath } from '../shared/org-tree'
import { setVillageStatic } from '../shared/stats'

/** Recounts households per village of a county in one aggregation (nightly, and after an import). */
export async function recountVillageStats(db: Database, now: Date, countyId: string): Promise<number> {
  const rows = await householdCountsByVillage(db, countyId)
  for (const row of rows) {
    const place = placeOfVillagePath(row.unitPath)
    const doc: Omit<VillageStatsDoc, '_id'> = {
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
