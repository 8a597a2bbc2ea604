import type { Database, Where } from '../shared/db-types'
import type { PersonDoc } from '../shared/docs'

export async function getPerson(db: Database, id: string): Promise<PersonDoc | null> {
  const res = await db.collection('people').where({ _id: id }).limit(1).get<PersonDoc>()
  return res.data[0] ?? null
}

export async function getPeopleByIds(db: Database, ids: string[]): Promise<Map<string, PersonDoc>> {
  const unique = [...new Set(ids)].slice(0, 1000)
  const map = new Map<string, PersonDoc>()
  if (unique.length === 0) return map
  const res = await db.collection('people').where({ _id: db.command.in(unique) }).limit(1000).get<PersonDoc>()
  for (const p of res.data) map.set(p._id, p)
  return map
}

/** Active people with this phone (keyed hash); normally one. */
export async function findPeopleByPhoneHash(db: Database, phoneHash: string): Promise<PersonDoc[]> {
  const res = await db.collection('people').where({ phoneHash, status: 'active' }).limit(10).get<PersonDoc>()
  return res.data
}

export async function listPeopleOfUnits(
  db: Database,
  unitIds: string[],
  page: { offset: number; limit: number; bound?: boolean },
): Promise<{ items: PersonDoc[]; total: number }> {
  if (unitIds.length === 0) return { items: [], total: 0 }
  const where = peopleWhere(db, unitIds, page.bound)
  const [res, count] = await Promise.all([
    db.collection('people').where(where).orderBy('_id', 'asc').skip(page.offset).limit(page.limit).get<PersonDoc>(),
    db.collection('people').where(where).count(),
  ])
  return { items: res.data, total: count.total }
}

function peopleWhere(db: Database, unitIds: string[], bound: boolean | undefined): Where {
  const _ = db.command
  const where: Where = { homeUnitId: _.in(unitIds) }
  if (bound === true) where.openid = _.neq(null)
  if (bound === false) where.openid = null
  return where
}

/**
 * Ids and names of everyone under the units, for a search by name or initials: about 2,000 people in
 * a county are two reads of small documents; the page of matches is then read in full by id.
 */
export async function namesOfUnits(db: Database, unitIds: string[], bound?: boolean): Promise<Array<{ _id: string; name: string }>> {
  if (unitIds.length === 0) return []
  const where = peopleWhere(db, unitIds, bound)
  const names: Array<{ _id: string; name: string }> = []
  for (let offset = 0; ; offset += 1000) {
    const res = await db.collection('people').where(where).field({ _id: true, name: true }).orderBy('_id', 'asc').skip(offset).limit(1000).get<{ _id: string; name: string }>()
    names.push(...res.data)
    if (res.data.length < 1000) return names
  }
}

/** Binds only if the person is still active and unbound: two admins or two codes cannot race. */
export async function bindOpenid(db: Database, personId: string, openid: string, now: Date): Promise<boolean> {
  const res = await db.collection('people').where({ _id: personId, openid: null, status: 'active' }).update({ data: { openid, updatedAt: now } })
  return res.stats.updated === 1
}

export async function updatePerson(db: Database, personId: string, data: Partial<Pick<PersonDoc, 'openid' | 'status'>>, now: Date): Promise<void> {
  await db.collection('people').doc(personId).update({ data: { ...data, updatedAt: now } })
}
