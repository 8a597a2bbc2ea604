import type { Database } from './db-types'
import { HOUSEHOLDS, type HouseholdDoc } from './households'

/** Up to `limit` of a county's households the 2026 migration has not reached (no `kind` yet). */
export async function unmigratedHouseholds(
  db: Database,
  countyId: string,
  limit: number,
): Promise<HouseholdDoc[]> {
  const _ = db.command
  const res = await db
    .collection(HOUSEHOLDS)
    .where({ unitPath: countyId, kind: _.exists(false) })
    .field({ _id: true, status: true, kind: true, monitorType: true, mainCause: true })
    .limit(limit)
    .get<HouseholdDoc>()
  return res.data
}

/** The migration's write: only while the record still has no kind, so a rerun or a race changes nothing. */
export async function migrateHouseholdKind(
  db: Database,
  id: string,
  data: Pick<HouseholdDoc, 'kind' | 'monitorType' | 'registeredStatus' | 'kindNote' | 'updatedAt'>,
): Promise<boolean> {
  const _ = db.command
  const done = await db
    .collection(HOUSEHOLDS)
    .where({ _id: id, kind: _.exists(false) })
    .update({ data: { ...data, status: _.remove() } })
  return done.stats.updated > 0
}
