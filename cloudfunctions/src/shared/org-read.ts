import type { Database } from './db-types'
import type { OrgUnitDoc } from './docs'

/** Org units by id, in one read (the SDK's `in` query), keyed for lookups. */
export async function getUnitsByIds(db: Database, ids: string[]): Promise<Map<string, OrgUnitDoc>> {
  const unique = [...new Set(ids)].slice(0, 1000)
  const map = new Map<string, OrgUnitDoc>()
  if (unique.length === 0) return map
  const _ = db.command
  const res = await db.collection('org_units').where({ _id: _.in(unique) }).limit(1000).get<OrgUnitDoc>()
  for (const doc of res.data) map.set(doc._id, doc)
  return map
}
