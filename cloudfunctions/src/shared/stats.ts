import type { Database, Doc } from './db-types'
import { isDuplicateKey } from './db-errors'

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
export async function bumpStats(db: Database, collection: string, id: string, base: Doc, deltas: Record<string, number>): Promise<void> {
  const nonZero = Object.entries(deltas).filter(([, v]) => v !== 0)
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
