import type { Database } from '../shared/db-types'

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
