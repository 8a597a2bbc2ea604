import type { Database, Doc } from './db-types'
import { isDuplicateKey } from './db-errors'

/** `stats_village_month`: counters bumped by presence, visit and rectify. */
export interface VillageMonthDoc {
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
  leaveDays?: number
}

/** The fields of a doc that are counts (optional numbers), so only they can be bumped. */
type CountFields<D> = { [K in keyof D]-?: undefined extends D[K] ? (NonNullable<D[K]> extends number ? K : never) : never }[keyof D]
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
  const nonZero = Object.entries(deltas).filter((e): e is [string, number] => typeof e[1] === 'number' && e[1] !== 0)
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
