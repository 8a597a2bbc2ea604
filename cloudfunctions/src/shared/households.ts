import { AppError } from '@contract/errors'
import type { HouseholdMember, PovertyCause, RegisteredStatus } from '@contract/domain/household'
import type { HouseholdKind, MonitorType } from '@contract/domain/monitoring'
import type { Database, Doc, Where } from './db-types'
import { findByKeys, insertAll, updateAll } from './paging'
import { repathField, type RepathBatch } from './repath'
import type { TreeUnit } from './org-tree'

/**
 * The one owner of `households`: org lists and reveals them, visit works on them, imports writes them.
 * Its counts (household-counts.ts), incomes (household-income.ts), report reads (household-report.ts)
 * and the 2026 migration's reads and writes (household-migration.ts) sit beside it.
 */
export const HOUSEHOLDS = 'households'
/** Lists never need the encrypted values or hashes. */
const LIST_FIELDS = {
  headName: true,
  villageId: true,
  unitPath: true,
  members: true,
  mainCause: true,
  kind: true,
  monitorType: true,
  registeredStatus: true,
  status: true,
  pairingCadreIds: true,
  groupId: true,
}

/** A registered household (建档立卡户); see types/domain/household.ts. */
export interface HouseholdDoc {
  _id: string
  headName: string
  idMasked: string
  /** Keyed hash of the head's ID number: the natural key of imports, unique. */
  idHash: string
  idEnc: string
  phoneMasked: string
  phoneHash: string | null
  phoneEnc: string | null
  villageId: string
  groupId: string | null
  /** The village's path (county, township, village), so a scope check needs no extra read. */
  unitPath: string[]
  members: HouseholdMember[]
  /** 主要致贫原因: only for 脱贫户 and 脱贫不稳定户 (needsMainCause), else null. */
  mainCause: PovertyCause | null
  /**
   * 2026 registry kind (脱贫户 / 监测对象 / 一般农户) and, for 监测对象, its type; set by imports, 纳入 and
   * 风险消除. Absent only on records the 2026 migration has not reached yet (read them with kindOf).
   */
  kind?: HouseholdKind
  monitorType?: MonitorType | null
  /** The 建档立卡 status (未脱贫 / 已脱贫 / 监测户), kept as history; null when never registered. */
  registeredStatus?: RegisteredStatus | null
  /** Pre-2026 records only: the 建档立卡 status the migration moves to `registeredStatus`. */
  status?: RegisteredStatus
  /** Why the migration chose this kind, when it had to guess (e.g. a former 未脱贫 household). */
  kindNote?: string
  pairingCadreIds: string[]
  /**
   * The 人均纯收入 (元/年) the latest visit that recorded one found, and when that visit was made; the
   * monitoring dashboard holds it against the county's 监测标准. Absent until a visit records income.
   */
  income?: HouseholdIncome | null
  createdAt: Date
  updatedAt: Date
  /** When the household left the record (moved away, deceased, merged); its personal data then has a retention period. */
  leftAt?: Date | null
  /** When the retention job erased its full ID number and phone (the masked forms stay). */
  piiErasedAt?: Date
}

export interface HouseholdIncome {
  perCapita: number
  at: Date
}

/**
 * The 2026 kind of a household as stored, or, for a record the migration has not reached yet, as the
 * migration will set it: 已脱贫 → 脱贫户; 监测户 and (none should exist) 未脱贫 → 监测对象 (脱贫不稳定户).
 */
export function kindOf(doc: Pick<HouseholdDoc, 'kind' | 'monitorType' | 'status'>): {
  kind: HouseholdKind
  monitorType: MonitorType | null
} {
  if (doc.kind)
    return { kind: doc.kind, monitorType: doc.kind === 'monitored' ? (doc.monitorType ?? null) : null }
  if (doc.status === 'lifted') return { kind: 'lifted', monitorType: null }
  if (doc.status === 'monitored' || doc.status === 'not_lifted')
    return { kind: 'monitored', monitorType: 'unstable' }
  return { kind: 'ordinary', monitorType: null }
}

export async function getHousehold(db: Database, id: string): Promise<HouseholdDoc | null> {
  return (await db.collection(HOUSEHOLDS).doc(id).get<HouseholdDoc>()).data
}

export async function loadHousehold(db: Database, id: string): Promise<HouseholdDoc> {
  const doc = await getHousehold(db, id)
  if (!doc) throw new AppError('not-found', '未找到该农户')
  return doc
}

export async function listVillageHouseholds(
  db: Database,
  villageId: string,
  pairedWith: string | null,
  page: { offset: number; limit: number },
): Promise<{ items: HouseholdDoc[]; total: number }> {
  const where: Where = { villageId }
  if (pairedWith) where.pairingCadreIds = pairedWith
  const [res, count] = await Promise.all([
    db
      .collection(HOUSEHOLDS)
      .where(where)
      .orderBy('_id', 'asc')
      .skip(page.offset)
      .limit(page.limit)
      .get<HouseholdDoc>(),
    db.collection(HOUSEHOLDS).where(where).count(),
  ])
  return { items: res.data, total: count.total }
}

export async function countHouseholdsIn(db: Database, villageIds: string[]): Promise<number> {
  if (villageIds.length === 0) return 0
  return (
    await db
      .collection(HOUSEHOLDS)
      .where({ villageId: db.command.in(villageIds) })
      .count()
  ).total
}

/** A village has tens of households (6,563 in 162 villages): one indexed read, filtered in memory. */
export async function householdsOfVillage(db: Database, villageId: string): Promise<HouseholdDoc[]> {
  const res = await db
    .collection(HOUSEHOLDS)
    .where({ villageId })
    .orderBy('_id', 'asc')
    .field(LIST_FIELDS)
    .limit(1000)
    .get<HouseholdDoc>()
  return res.data
}

export async function householdsOfCadre(db: Database, personId: string): Promise<HouseholdDoc[]> {
  const res = await db
    .collection(HOUSEHOLDS)
    .where({ pairingCadreIds: personId })
    .orderBy('_id', 'asc')
    .field(LIST_FIELDS)
    .limit(1000)
    .get<HouseholdDoc>()
  return res.data
}

/** What the visit reminders read of a household: its kind, place and pairing cadres, no members. */
export const DUE_FIELDS = {
  villageId: true,
  unitPath: true,
  kind: true,
  monitorType: true,
  status: true,
  pairingCadreIds: true,
}

/** Households of several villages, page by page (a township export, the nightly reminders). */
export async function householdsOfVillages(
  db: Database,
  villageIds: readonly string[],
  fields: Record<string, boolean> = LIST_FIELDS,
): Promise<HouseholdDoc[]> {
  const out: HouseholdDoc[] = []
  const _ = db.command
  for (let skip = 0; villageIds.length > 0; skip += 1000) {
    const res = await db
      .collection(HOUSEHOLDS)
      .where({ villageId: _.in([...villageIds]) })
      .orderBy('_id', 'asc')
      .skip(skip)
      .limit(1000)
      .field(fields)
      .get<HouseholdDoc>()
    out.push(...res.data)
    if (res.data.length < 1000) break
  }
  return out
}

/** Households (any status) with one of these head ID hashes: an import's natural key. */
export async function householdsByIdHashes(db: Database, hashes: readonly string[]): Promise<HouseholdDoc[]> {
  return findByKeys<HouseholdDoc>(db, HOUSEHOLDS, 'idHash', hashes)
}

/** An import's household writes. */
export async function writeHouseholds(
  db: Database,
  w: { creates: Doc[]; updates: Array<{ id: string; data: Doc }> },
): Promise<void> {
  await insertAll(db, HOUSEHOLDS, w.creates)
  await updateAll(db, HOUSEHOLDS, w.updates)
}

/**
 * Erases the full ID number and phone (ciphertexts and the phone's keyed hash) of up to `limit` of the
 * county's households that left the record before `before`; the masked forms, the import key and
 * the visit history stay. Erased households are never matched again, so a cut-off run continues.
 */
export async function eraseLeftHouseholds(
  db: Database,
  countyId: string,
  before: Date,
  now: Date,
  limit: number,
): Promise<number> {
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

/** 纳入监测 or 风险消除 changes the household's kind; the case keeps the history. */
export async function setHouseholdMonitoring(
  db: Database,
  id: string,
  data: { kind: HouseholdKind; monitorType: MonitorType | null; updatedAt: Date },
): Promise<void> {
  await db.collection(HOUSEHOLDS).doc(id).update({ data })
}

/**
 * A posting ends: the cadre's paired households pass to `toId`. Each household swaps the one id (no
 * duplicate when `toId` already pairs with it); re-running finds nothing left and changes nothing.
 */
export async function handOverPairing(
  db: Database,
  fromId: string,
  toId: string,
  now: Date,
): Promise<number> {
  const paired = await householdsOfCadre(db, fromId)
  await updateAll(
    db,
    HOUSEHOLDS,
    paired.map((h) => ({
      id: h._id,
      data: {
        pairingCadreIds: [...new Set(h.pairingCadreIds.map((id) => (id === fromId ? toId : id)))],
        updatedAt: now,
      },
    })),
  )
  return paired.length
}

/** Records under a county that gained ancestors get them in their `unitPath` (shared/repath.ts). */
export function repathHouseholdsUnder(db: Database, anchor: TreeUnit, budget: number): Promise<RepathBatch> {
  return repathField(db, HOUSEHOLDS, 'unitPath', anchor, budget)
}
