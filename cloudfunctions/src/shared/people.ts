import type { RoleGrant } from '@contract/domain/role'
import { CARD_PHONE_LABELS, type CardPhoneChoice, type CardPhoneView } from '@contract/domain/card-phone'
import type { Database, Doc, Where } from './db-types'
import { findByKeys, insertAll, pageAll, updateAll } from './paging'

/** The one owner of `people`: every function reads people here; org binds them and imports writes them. */
const PEOPLE = 'people'

export interface PersonDoc {
  _id: string
  name: string
  phoneMasked: string
  phoneHash: string
  phoneEnc?: string
  idMasked?: string
  idHash?: string
  idEnc?: string
  roles: RoleGrant[]
  /** The unit the person belongs to (their village, township or the county). */
  homeUnitId: string
  /** The 派出单位 that sent a resident cadre (see dispatch-units.ts); absent for local cadres. */
  dispatchUnitId?: string | null
  /** The person's choice of number for the 明白卡 (absent: none shown); the work phone is encrypted. */
  cardPhone?: {
    choice: CardPhoneChoice
    workPhoneMasked: string
    workPhoneEnc: string | null
    updatedAt: Date
  }
  openid: string | null
  status: 'active' | 'revoked'
  createdAt: Date
  updatedAt: Date
}

export async function getPerson(db: Database, id: string): Promise<PersonDoc | null> {
  return (await db.collection(PEOPLE).doc(id).get<PersonDoc>()).data
}

/** The person, unless revoked. */
export async function getActivePerson(db: Database, id: string): Promise<PersonDoc | null> {
  const person = await getPerson(db, id)
  return person && person.status === 'active' ? person : null
}

/** One read per invocation: the person bound to this OPENID, if any and not revoked. */
export async function personByOpenid(db: Database, openid: string): Promise<PersonDoc | null> {
  const res = await db.collection(PEOPLE).where({ openid, status: 'active' }).limit(1).get<PersonDoc>()
  return res.data[0] ?? null
}

/** People by id (revoked ones too), keyed for lookups; 500 ids a read. */
export async function peopleByIds(db: Database, ids: readonly string[]): Promise<Map<string, PersonDoc>> {
  const map = new Map<string, PersonDoc>()
  for (const p of await findByKeys<PersonDoc>(db, PEOPLE, '_id', ids)) map.set(p._id, p)
  return map
}

/** Names of some people, keyed by id. */
export async function namesByIds(db: Database, ids: readonly string[]): Promise<Map<string, string>> {
  const people = await peopleByIds(db, ids)
  return new Map([...people.values()].map((p) => [p._id, p.name]))
}

/** Active people whose home is one of the units (index `unit`), in id order; the caller filters by role. */
export async function activePeopleOfUnits(db: Database, unitIds: readonly string[]): Promise<PersonDoc[]> {
  const unique = [...new Set(unitIds)]
  const out: PersonDoc[] = []
  for (let i = 0; i < unique.length; i += 100) {
    out.push(
      ...(await pageAll<PersonDoc>(db, PEOPLE, {
        homeUnitId: db.command.in(unique.slice(i, i + 100)),
        status: 'active',
      })),
    )
  }
  return unique.length > 100 ? out.sort((a, b) => a._id.localeCompare(b._id)) : out
}

/** Active people with this phone (keyed hash); normally one. */
export async function findPeopleByPhoneHash(db: Database, phoneHash: string): Promise<PersonDoc[]> {
  const res = await db.collection(PEOPLE).where({ phoneHash, status: 'active' }).limit(10).get<PersonDoc>()
  return res.data
}

/** People (any status) with one of these phone hashes: an import's natural key. */
export async function peopleByPhoneHashes(db: Database, hashes: readonly string[]): Promise<PersonDoc[]> {
  return findByKeys<PersonDoc>(db, PEOPLE, 'phoneHash', hashes)
}

export async function listPeopleOfUnits(
  db: Database,
  unitIds: string[],
  page: { offset: number; limit: number; bound?: boolean },
): Promise<{ items: PersonDoc[]; total: number }> {
  if (unitIds.length === 0) return { items: [], total: 0 }
  const where = peopleWhere(db, unitIds, page.bound)
  const [res, count] = await Promise.all([
    db
      .collection(PEOPLE)
      .where(where)
      .orderBy('_id', 'asc')
      .skip(page.offset)
      .limit(page.limit)
      .get<PersonDoc>(),
    db.collection(PEOPLE).where(where).count(),
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
export async function namesOfUnits(
  db: Database,
  unitIds: string[],
  bound?: boolean,
): Promise<Array<{ _id: string; name: string }>> {
  if (unitIds.length === 0) return []
  const where = peopleWhere(db, unitIds, bound)
  const names: Array<{ _id: string; name: string }> = []
  for (let offset = 0; ; offset += 1000) {
    const res = await db
      .collection(PEOPLE)
      .where(where)
      .field({ _id: true, name: true })
      .orderBy('_id', 'asc')
      .skip(offset)
      .limit(1000)
      .get<{ _id: string; name: string }>()
    names.push(...res.data)
    if (res.data.length < 1000) return names
  }
}

/** Binds only if the person is still active and unbound: two admins or two codes cannot race. */
export async function bindOpenid(
  db: Database,
  personId: string,
  openid: string,
  now: Date,
): Promise<boolean> {
  const res = await db
    .collection(PEOPLE)
    .where({ _id: personId, openid: null, status: 'active' })
    .update({ data: { openid, updatedAt: now } })
  return res.stats.updated === 1
}

export async function updatePerson(
  db: Database,
  personId: string,
  data: Partial<Pick<PersonDoc, 'openid' | 'status' | 'roles' | 'dispatchUnitId'>>,
  now: Date,
): Promise<void> {
  await db
    .collection(PEOPLE)
    .doc(personId)
    .update({ data: { ...data, updatedAt: now } })
}

/** An import's people writes. */
export async function writePeople(
  db: Database,
  w: { creates: Doc[]; updates: Array<{ id: string; data: Doc }> },
): Promise<void> {
  await insertAll(db, PEOPLE, w.creates)
  await updateAll(db, PEOPLE, w.updates)
}

/** A person's role grants change (a posting starts or ends: the village's 驻村干部 grant follows it). */
export async function setPersonRoles(
  db: Database,
  personId: string,
  roles: RoleGrant[],
  now: Date,
): Promise<void> {
  await db
    .collection(PEOPLE)
    .doc(personId)
    .update({ data: { roles, updatedAt: now } })
}

/**
 * Villages that have an active 第一书记 (a resident-cadre grant with that post), among the people whose
 * home is one of the units or whose id is given (cadres posted from elsewhere): only those grants come
 * back, so a county is a few small reads.
 */
export async function firstSecretaryVillages(
  db: Database,
  homeUnitIds: readonly string[],
  personIds: readonly string[],
): Promise<Set<string>> {
  const units = [...new Set(homeUnitIds)]
  const where = { status: 'active', 'roles.post': 'first_secretary' }
  const found: Array<Pick<PersonDoc, 'roles'>> = await findByKeys(db, PEOPLE, '_id', personIds, where)
  for (let i = 0; i < units.length; i += 100)
    found.push(
      ...(await pageAll<PersonDoc>(db, PEOPLE, {
        ...where,
        homeUnitId: db.command.in(units.slice(i, i + 100)),
      })),
    )
  const out = new Set<string>()
  for (const p of found)
    for (const g of p.roles)
      if (g.role === 'resident_cadre' && g.post === 'first_secretary') g.unitIds.forEach((id) => out.add(id))
  return out
}
/** Active people a 派出单位 sent (index `dispatch`), in id order. */
export async function activePeopleOfDispatchUnits(
  db: Database,
  dispatchUnitIds: readonly string[],
): Promise<PersonDoc[]> {
  const found = await findByKeys<PersonDoc>(db, PEOPLE, 'dispatchUnitId', dispatchUnitIds, {
    status: 'active',
  })
  return found.sort((a, b) => a._id.localeCompare(b._id))
}

export async function insertPerson(db: Database, doc: PersonDoc): Promise<void> {
  await db.collection(PEOPLE).add({ data: { ...doc } })
}

/** The person's 明白卡 phone setting as they see it: masked. */
export function cardPhoneView(p: Pick<PersonDoc, 'cardPhone'>): CardPhoneView {
  const choice = p.cardPhone?.choice ?? 'none'
  return {
    choice,
    choiceLabel: CARD_PHONE_LABELS[choice],
    workPhoneMasked: p.cardPhone?.workPhoneMasked ?? '',
  }
}

/** The person's own choice of number for the 明白卡. */
export async function setCardPhone(
  db: Database,
  personId: string,
  cardPhone: NonNullable<PersonDoc['cardPhone']>,
): Promise<void> {
  await db
    .collection(PEOPLE)
    .doc(personId)
    .update({ data: { cardPhone, updatedAt: cardPhone.updatedAt } })
}
