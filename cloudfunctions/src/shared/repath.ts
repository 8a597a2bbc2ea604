import type { Database } from './db-types'
import type { TreeUnit } from './org-tree'

/**
 * Records carry their unit's path (ancestor ids, then the unit's own) so a scope check needs no read.
 * When units are added above a county, every record beneath it must gain the new ancestors. A record
 * is stale when its path names the county but not every ancestor the county now has; it is rewritten
 * as the county's path followed by the part of its own path from the county down. Only stale records
 * are read and written, so running again after an interruption finishes the job and running it once
 * more changes nothing.
 */
export interface RepathBatch {
  fixed: number
  /** True once no stale record is left in this collection. */
  done: boolean
}

/** The new path of a record under `anchor`, or null when it needs none. */
export function repathed(path: readonly string[], anchor: TreeUnit): string[] | null {
  const at = path.indexOf(anchor._id)
  if (at < 0) return null
  const next = [...anchor.path, ...path.slice(at + 1)]
  return next.length === path.length && next.every((id, i) => id === path[i]) ? null : next
}

/**
 * Rewrites up to `budget` stale records of one collection (its owner passes the name and the field);
 * each page of stale records is read afresh, since the rewritten ones no longer match.
 */
export async function repathField(
  db: Database,
  collection: string,
  field: 'path' | 'unitPath',
  anchor: TreeUnit,
  budget: number,
): Promise<RepathBatch> {
  const ancestors = anchor.path.slice(0, -1)
  if (ancestors.length === 0) return { fixed: 0, done: true }
  const _ = db.command
  const stale = _.and({ [field]: anchor._id }, { [field]: _.nin(ancestors) })
  let fixed = 0
  while (fixed < budget) {
    const page = await db
      .collection(collection)
      .where(stale)
      .field({ _id: true, [field]: true })
      .orderBy('_id', 'asc')
      .limit(Math.min(500, budget - fixed))
      .get<{ _id: string; path?: string[]; unitPath?: string[] }>()
    if (page.data.length === 0) return { fixed, done: true }
    const updates = page.data.flatMap((d) => {
      const next = repathed(d[field] ?? [], anchor)
      return next ? [{ id: d._id, next }] : []
    })
    for (let i = 0; i < updates.length; i += 16) {
      await Promise.all(
        updates.slice(i, i + 16).map((u) =>
          db
            .collection(collection)
            .doc(u.id)
            .update({ data: { [field]: u.next } }),
        ),
      )
    }
    fixed += updates.length
    // A page of records that needed nothing means the query and the rule disagree: stop, do not spin.
    if (updates.length === 0) return { fixed, done: true }
  }
  return { fixed, done: false }
}
