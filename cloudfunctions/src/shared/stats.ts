import type { LeaveType } from '@contract/domain/presence'
import type { HouseholdKind } from '@contract/domain/monitoring'
import type { KindVisitedField } from '@contract/domain/kind-coverage'
import type { Database, Doc } from './db-types'
import { findByKeys, pageAll } from './paging'
import { isDuplicateKey } from './db-errors'

/**
 * `stats_village_month`: counters bumped by presence, visit and rectify. The `visited<Kind><n>m`
 * counters (kind-coverage.ts) sit on the doc of the month a kind's period starts.
 */
export interface VillageMonthDoc extends Partial<Record<KindVisitedField, number>> {
  villageId: string
  townshipId: string
  month: string
  presenceDays?: number
  checkIns?: number
  visits?: number
  visitedHouseholds?: number
  rectOpened?: number
  rectClosed?: number
  rectCloseDays?: number
}

/** `presence_months`: one per cadre per month, `${personId}_${month}`. */
export interface PresenceMonthDoc {
  personId: string
  villageId: string
  townshipId: string
  countyId: string
  month: string
  days?: number
  /** Excused leave of every type; the typed counters below split it (absent on months counted before). */
  leaveDays?: number
  leavePersonalDays?: number
  leaveSickDays?: number
  leaveOfficialDays?: number
  leaveTrainingDays?: number
  leaveOtherDays?: number
}

/** The `presence_months` counter of each leave type. */
export const LEAVE_COUNTERS = {
  personal: 'leavePersonalDays',
  sick: 'leaveSickDays',
  official: 'leaveOfficialDays',
  training: 'leaveTrainingDays',
  other: 'leaveOtherDays',
} as const satisfies Record<LeaveType, keyof PresenceMonthDoc>

/**
 * `stats_village`: one per village. The visit function recounts the households, the report's nightly
 * job the resident cadres and open items: each updates only its own fields of the same doc.
 */
export interface VillageStaticDoc {
  villageId: string
  townshipId: string
  countyId: string
  households?: number
  pairedHouseholds?: number
  /** Households by 2026 kind (unmigrated records by the kind they will get), recounted with `households`. */
  householdsByKind?: Partial<Record<HouseholdKind, number>>
  residentCadres?: number
  /** Open and overdue rectification items, counted by the report's nightly job. */
  rectOpen?: number
  rectOverdue?: number
  countedAt?: Date
  updatedAt?: Date
  /** 防返贫监测 of the village, recounted by the report function from its cases and measures. */
  monitoring?: MonitorVillageSummary
}

/**
 * A village's monitoring in a few numbers and short day lists (a village has a handful of cases):
 * the days let a dashboard decide "overdue today" and "resolved this year" without reading a case.
 */
export interface MonitorVillageSummary {
  /** 监测对象 by type key. */
  byType: Record<string, number>
  /** Open cases by `<kind>.<step>`. */
  openSteps: Record<string, number>
  /** The due day of each open case that has one. */
  openDueDays: string[]
  /** The day of each confirmed 风险消除. */
  resolvedDays: string[]
  /**
   * The latest 人均纯收入 (from visits) of each household with none of its measures under way (no
   * measure, or all 已落实): the dashboard counts those below the county's line when it reads.
   */
  unmeasuredIncomes?: number[]
  measuresByStatus: Record<string, number>
  /** The planned day of each measure not yet 已落实. */
  measuresOpenPlanned: string[]
  /** Cases and measures changed after this instant are not in the summary yet. */
  countedAt: Date
}

/** The fields of a doc that are counts (optional numbers), so only they can be bumped. */
type CountFields<D> = {
  [K in keyof D]-?: undefined extends D[K] ? (NonNullable<D[K]> extends number ? K : never) : never
}[keyof D]
type KeyFields<D> = Omit<D, CountFields<D>>

/**
 * The counter collections shared by several functions and their doc shapes: a misspelt counter or a
 * missing key field is a compile error, not a field that silently reads as 0.
 */
export interface CounterDocs {
  stats_village_month: VillageMonthDoc
  presence_months: PresenceMonthDoc
}
export type CounterCollection = keyof CounterDocs

const ATTEMPTS = 5

/**
 * Pre-aggregated counters (CloudBase's basic plan allows ~50k reads a day for a whole county, so
 * dashboards read these, never raw records). An existing counter is bumped with the server-side
 * `inc` (atomic, no transaction to conflict); a missing one is created with its fixed id, and when
 * two writers race to create it the loser's insert fails on the duplicate id and it bumps instead.
 * Counters live per village (township and county figures are summed by the report function), so
 * no single document is hot for the whole county.
 *
 * @example await bumpStats(db, 'stats_village_month', `${villageId}_2026-11`, { villageId, townshipId, month: '2026-11' }, { checkIns: 1 })
 */
export async function bumpStats<C extends CounterCollection>(
  db: Database,
  collection: C,
  id: string,
  base: KeyFields<CounterDocs[C]>,
  deltas: Partial<Record<CountFields<CounterDocs[C]>, number>>,
): Promise<void> {
  const nonZero = Object.entries(deltas).filter(
    (e): e is [string, number] => typeof e[1] === 'number' && e[1] !== 0,
  )
  if (nonZero.length === 0) return
  const _ = db.command
  const incs: Doc = Object.fromEntries(nonZero.map(([k, v]) => [k, _.inc(v)]))
  for (let attempt = 1; ; attempt++) {
    const res = await db.collection(collection).doc(id).update({ data: incs })
    if (res.stats.updated > 0) return
    try {
      await db.collection(collection).add({ data: { ...base, ...Object.fromEntries(nonZero), _id: id } })
      return
    } catch (err) {
      if (attempt >= ATTEMPTS || !isDuplicateKey(err)) throw err
    }
  }
}

const VILLAGE_STATIC = 'stats_village'
const VILLAGE_MONTH = 'stats_village_month'
const PRESENCE_MONTHS = 'presence_months'

/** Reads docs by id, 1000 ids per request (the server's page limit). */
async function byIds<T extends object>(db: Database, collection: string, ids: string[]): Promise<T[]> {
  const out: T[] = []
  for (let i = 0; i < ids.length; i += 1000) {
    const res = await db
      .collection(collection)
      .where({ _id: db.command.in(ids.slice(i, i + 1000)) })
      .limit(1000)
      .get<T>()
    out.push(...res.data)
  }
  return out
}

/** The `stats_village` docs of some villages, keyed by village. */
export async function villageStatics(
  db: Database,
  villageIds: string[],
): Promise<Map<string, VillageStaticDoc & { _id: string }>> {
  const docs = await byIds<VillageStaticDoc & { _id: string }>(db, VILLAGE_STATIC, villageIds)
  return new Map(docs.map((d) => [d.villageId, d]))
}

/** Monthly counters of villages over some months. */
export function villageMonths(
  db: Database,
  villageIds: string[],
  months: string[],
): Promise<Array<VillageMonthDoc & { _id: string }>> {
  return byIds<VillageMonthDoc & { _id: string }>(
    db,
    VILLAGE_MONTH,
    villageIds.flatMap((v) => months.map((m) => `${v}_${m}`)),
  )
}

/** Per-cadre month docs of a unit, on the `<level>Id + month` index. */
export function presenceMonths(
  db: Database,
  level: 'county' | 'township' | 'village',
  unitId: string,
  month: string,
): Promise<PresenceMonthDoc[]> {
  return pageAll<PresenceMonthDoc>(db, PRESENCE_MONTHS, { [`${level}Id`]: unitId, month })
}

/** Per-cadre month docs of a unit over several months (trend months that have no roll-up yet). */
export function presenceMonthsIn(
  db: Database,
  level: 'county' | 'township' | 'village',
  unitId: string,
  months: string[],
): Promise<PresenceMonthDoc[]> {
  if (months.length === 0) return Promise.resolve([])
  return pageAll<PresenceMonthDoc>(db, PRESENCE_MONTHS, {
    [`${level}Id`]: unitId,
    month: db.command.in(months),
  })
}

type VillageKeys = Pick<VillageStaticDoc, 'villageId' | 'townshipId' | 'countyId'>

/**
 * Updates some fields of a village's `stats_village` doc, creating it with `created` when missing.
 * Update, not set: the other function's fields on the same doc stay as they are.
 */
/** Drops a village's monitoring summary (a household's income changed): the next dashboard read recounts it. */
export async function dropVillageMonitoring(db: Database, villageId: string): Promise<void> {
  await db
    .collection(VILLAGE_STATIC)
    .doc(villageId)
    .update({ data: { monitoring: db.command.remove() } })
}

export async function setVillageStatic(
  db: Database,
  villageId: string,
  fields: Doc,
  created: VillageKeys & Doc,
): Promise<void> {
  const res = await db
    .collection(VILLAGE_STATIC)
    .doc(villageId)
    .update({ data: { ...fields } })
  if (res.stats.updated === 0)
    await db
      .collection(VILLAGE_STATIC)
      .doc(villageId)
      .set({ data: { ...created } })
}

/**
 * Resident cadres and registered households of the villages under the given units, summed from the
 * per-village counters (a county-wide workbench must not scan people or households).
 */
export async function villageTotalsUnder(
  db: Database,
  unitIds: string[],
): Promise<{ residentCadres: number; households: number }> {
  const totals = { residentCadres: 0, households: 0 }
  if (unitIds.length === 0) return totals
  const _ = db.command
  const under = _.or({ countyId: _.in(unitIds) }, { townshipId: _.in(unitIds) }, { villageId: _.in(unitIds) })
  // A 州/市 (its counties passed in) has more than 1,000 villages: page on.
  for (let offset = 0; ; offset += 1000) {
    const res = await db
      .collection(VILLAGE_STATIC)
      .where(under)
      .field({ residentCadres: true, households: true })
      .orderBy('_id', 'asc')
      .skip(offset)
      .limit(1000)
      .get<VillageStaticDoc>()
    for (const v of res.data) {
      totals.residentCadres += Number(v.residentCadres) || 0
      totals.households += Number(v.households) || 0
    }
    if (res.data.length < 1000) return totals
  }
}

/** Per-cadre month docs of some people over some months, read by id (`${personId}_${month}`). */
export async function presenceMonthsOfPeople(
  db: Database,
  personIds: readonly string[],
  months: readonly string[],
): Promise<PresenceMonthDoc[]> {
  const ids = personIds.flatMap((p) => months.map((m) => `${p}_${m}`))
  return findByKeys<PresenceMonthDoc>(db, PRESENCE_MONTHS, '_id', ids)
}
