import type { Database } from '../shared/db-types'
import type { OrgUnitDoc } from '../shared/docs'

/** Villages at or under the given units, with their township's name, for pickers. */
export async function villagesUnder(db: Database, unitIds: string[]): Promise<Array<{ id: string; name: string; townshipName: string }>> {
  if (unitIds.length === 0) return []
  const _ = db.command
  const villages = await db.collection('org_units').where({ path: _.in(unitIds), level: 'village' }).orderBy('code', 'asc').limit(1000).get<OrgUnitDoc>()
  const townshipIds = [...new Set(villages.data.map((v) => v.parentId).filter((id): id is string => !!id))]
  const townships = townshipIds.length
    ? await db.collection('org_units').where({ _id: _.in(townshipIds) }).limit(1000).get<OrgUnitDoc>()
    : { data: [] as OrgUnitDoc[] }
  const names = new Map(townships.data.map((t) => [t._id, t.name]))
  return villages.data.map((v) => ({ id: v._id, name: v.name, townshipName: names.get(v.parentId ?? '') ?? '' }))
}
