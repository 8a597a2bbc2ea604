import { AppError } from '@contract/errors'
import type { Database } from '../shared/db-types'
import type { HouseholdDoc } from '../shared/docs'

const HOUSEHOLDS = 'households'
/** Lists never need the encrypted values or hashes. */
const LIST_FIELDS = { headName: true, villageId: true, unitPath: true, members: true, mainCause: true, status: true, pairingCadreIds: true, groupId: true }

export async function loadHousehold(db: Database, id: string): Promise<HouseholdDoc> {
  const res = await db.collection(HOUSEHOLDS).where({ _id: id }).limit(1).get<HouseholdDoc>()
  const doc = res.data[0]
  if (!doc) throw new AppError('not-found', '未找到该农户')
  return doc
}

/** A village has tens of households (6,563 in 162 villages): one indexed read, filtered in memory. */
export async function householdsOfVillage(db: Database, villageId: string): Promise<HouseholdDoc[]> {
  const res = await db.collection(HOUSEHOLDS).where({ villageId }).orderBy('_id', 'asc').field(LIST_FIELDS).limit(1000).get<HouseholdDoc>()
  return res.data
}

export async function householdsOfCadre(db: Database, personId: string): Promise<HouseholdDoc[]> {
  const res = await db.collection(HOUSEHOLDS).where({ pairingCadreIds: personId }).orderBy('_id', 'asc').field(LIST_FIELDS).limit(1000).get<HouseholdDoc>()
  return res.data
}

/** Households of several villages, page by page (a township export). */
export async function householdsOfVillages(db: Database, villageIds: string[]): Promise<HouseholdDoc[]> {
  const out: HouseholdDoc[] = []
  const _ = db.command
  for (let skip = 0; villageIds.length > 0; skip += 1000) {
    const res = await db.collection(HOUSEHOLDS).where({ villageId: _.in(villageIds) }).orderBy('_id', 'asc').skip(skip).limit(1000).field(LIST_FIELDS).get<HouseholdDoc>()
    out.push(...res.data)
    if (res.data.length < 1000) break
  }
  return out
}

/**
 * Erases the full ID number and phone (ciphertexts and the phone's keyed hash) of up to `limit` of the
 * county's households that left the record before `before`; the masked forms, the import key and
 * the visit history stay. Erased households are never matched again, so a cut-off run continues.
 */
export async function eraseLeftHouseholds(db: Database, countyId: string, before: Date, now: Date, limit: number): Promise<number> {
  const _ = db.command
  const res = await db
    .collection(HOUSEHOLDS)
    .where({ leftAt: _.lt(before), unitPath: countyId, piiErasedAt: _.exists(false) })
    .field({ _id: true })
    .limit(limit)
    .get<{ _id: string }>()
  if (res.data.length === 0) return 0
  const done = await db
    .collection(HOUSEHOLDS)
    .where({ _id: _.in(res.data.map((d) => d._id)), piiErasedAt: _.exists(false) })
    .update({ data: { idEnc: '', phoneEnc: null, phoneHash: null, piiErasedAt: now } })
  return done.stats.updated
}
