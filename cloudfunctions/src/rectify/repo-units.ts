import type { Database } from '../shared/db-types'
import { getUnitsByIds, villagesUnder } from '../shared/org-units'

/** Villages at or under the given units, with their township's name, for pickers. */
export async function villageOptionsUnder(
  db: Database,
  unitIds: string[],
): Promise<Array<{ id: string; name: string; townshipName: string }>> {
  const villages = await villagesUnder(db, unitIds)
  const townships = await getUnitsByIds(
    db,
    villages.map((v) => v.parentId ?? ''),
  )
  return villages.map((v) => ({
    id: v._id,
    name: v.name,
    townshipName: townships.get(v.parentId ?? '')?.name ?? '',
  }))
}
