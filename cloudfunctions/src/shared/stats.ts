import type { Database, Doc } from './db-types'

/**
 * Pre-aggregated counters (CloudBase's basic plan allows ~50k reads a day for a whole county, so
 * dashboards read these, never raw records). A counter doc is created on first use inside a
 * transaction, so two first writers cannot overwrite each other.
 *
 * @example await bumpStats(db, 'stats_village_month', `${villageId}_2026-11`, { villageId, townshipId, month: '2026-11' }, { checkIns: 1 })
 */
export async function bumpStats(db: Database, collection: string, id: string, base: Doc, deltas: Record<string, number>): Promise<void> {
  const nonZero = Object.entries(deltas).filter(([, v]) => v !== 0)
  if (nonZero.length === 0) return
  await db.runTransaction(async (tx) => {
    const ref = tx.collection(collection).doc(id)
    const current = await ref.get<Doc>().then(
      (r) => r.data as Doc | null,
      () => null,
    )
    if (current && Object.keys(current).length > 0) {
      const next: Doc = {}
      for (const [key, value] of nonZero) next[key] = (Number(current[key]) || 0) + value
      await ref.update({ data: next })
    } else {
      const fresh: Doc = { ...base }
      for (const [key, value] of nonZero) fresh[key] = value
      await ref.set({ data: fresh })
    }
  })
}
