import type { Database } from '../shared/db-types'
import type { PersonDoc } from '../shared/docs'

export async function findPerson(db: Database, id: string): Promise<PersonDoc | null> {
  const res = await db.collection('people').where({ _id: id, status: 'active' }).limit(1).get<PersonDoc>()
  return res.data[0] ?? null
}

export async function peopleByIds(db: Database, ids: string[]): Promise<Map<string, PersonDoc>> {
  const unique = [...new Set(ids)]
  const map = new Map<string, PersonDoc>()
  if (unique.length === 0) return map
  const _ = db.command
  for (let i = 0; i < unique.length; i += 500) {
    const res = await db.collection('people').where({ _id: _.in(unique.slice(i, i + 500)) }).limit(1000).get<PersonDoc>()
    for (const p of res.data) map.set(p._id, p)
  }
  return map
}

/** Active people whose home is the village (index `unit`); the caller filters by role. */
export async function peopleOfVillage(db: Database, villageId: string): Promise<PersonDoc[]> {
  const res = await db.collection('people').where({ homeUnitId: villageId, status: 'active' }).limit(200).get<PersonDoc>()
  return res.data
}
