import type { Database } from '../shared/db-types'
import type { OrgUnitDoc } from '../shared/docs'

/** Count units of a level below any of the given units (their `path` holds the ancestor ids). */
export async function countUnitsUnder(db: Database, unitIds: string[], level: OrgUnitDoc['level']): Promise<number> {
  if (unitIds.length === 0) return 0
  const _ = db.command
  const res = await db.collection('org_units').where({ path: _.in(unitIds), level }).count()
  return res.total
}

/**
 * Resident cadres and registered households of the villages under the given units, summed from the
 * per-village counters (a county-wide workbench must not scan people or households).
 */
export async function villageTotalsUnder(db: Database, unitIds: string[]): Promise<{ residentCadres: number; households: number }> {
  const totals = { residentCadres: 0, households: 0 }
  if (unitIds.length === 0) return totals
  const _ = db.command
  const under = _.or({ countyId: _.in(unitIds) }, { townshipId: _.in(unitIds) }, { villageId: _.in(unitIds) })
  const res = await db.collection('stats_village').where(under).limit(1000).get<{ residentCadres?: number; households?: number }>()
  for (const v of res.data) {
    totals.residentCadres += Number(v.residentCadres) || 0
    totals.households += Number(v.households) || 0
  }
  return totals
}
