import type { Database } from '../shared/db-types'
import type { OrgUnitDoc } from '../shared/docs'

/** Count units of a level below any of the given units (their `path` holds the ancestor ids). */
export async function countUnitsUnder(db: Database, unitIds: string[], level: OrgUnitDoc['level']): Promise<number> {
  if (unitIds.length === 0) return 0
  const _ = db.command
  const res = await db.collection('org_units').where({ path: _.in(unitIds), level }).count()
  return res.total
}

/** Count active people whose home unit lies under any of the given units. */
export async function countPeopleUnder(db: Database, unitIds: string[]): Promise<number> {
  if (unitIds.length === 0) return 0
  const _ = db.command
  const units = await db.collection('org_units').where({ path: _.in(unitIds) }).field({ _id: true }).limit(1000).get()
  const ids = (units.data as Array<{ _id: string }>).map((u) => u._id)
  if (ids.length === 0) return 0
  const res = await db.collection('people').where({ homeUnitId: _.in(ids), status: 'active' }).count()
  return res.total
}
