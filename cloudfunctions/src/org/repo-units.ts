import type { Database } from '../shared/db-types'
import type { OrgUnitDoc } from '../shared/docs'

export async function childrenOf(db: Database, parentId: string): Promise<OrgUnitDoc[]> {
  const res = await db.collection('org_units').where({ parentId }).orderBy('code', 'asc').limit(500).get<OrgUnitDoc>()
  return res.data
}

/** The unit itself and every unit below it (a county has ~1,200), read in pages. */
export async function unitIdsUnder(db: Database, unitId: string): Promise<string[]> {
  const ids: string[] = []
  for (let offset = 0; ; offset += 1000) {
    const res = await db.collection('org_units').where({ path: unitId }).field({ _id: true }).orderBy('_id', 'asc').skip(offset).limit(1000).get<{ _id: string }>()
    ids.push(...res.data.map((u) => u._id))
    if (res.data.length < 1000) return ids
  }
}

export async function countChildren(db: Database, parentId: string): Promise<number> {
  return (await db.collection('org_units').where({ parentId }).count()).total
}

/** Village settings: the 党群服务中心 point (GeoJSON, as the seed stores it), radius and flags. */
export async function updateVillageSettings(db: Database, unitId: string, data: Pick<OrgUnitDoc, 'center' | 'radiusM' | 'flags'>, now: Date): Promise<void> {
  const patch: Record<string, unknown> = { updatedAt: now }
  if (data.center) patch.center = data.center
  if (data.radiusM !== undefined) patch.radiusM = data.radiusM
  if (data.flags) patch.flags = data.flags
  await db.collection('org_units').doc(unitId).update({ data: patch })
}
