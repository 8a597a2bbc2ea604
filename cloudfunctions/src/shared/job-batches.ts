// Reminders and other per-record work of a daily job go out in bounded batches: one step handles at
// most a batch, in a stable key order, and names where the next step (another invocation) goes on.

/** Records one step of a job handles at most: well inside the function's time limit. */
export const JOB_BATCH = 200

export interface Batch<T> {
  batch: T[]
  /** The key of the batch's last record when more follow, else null. */
  next: string | null
}

/** The records after `after` in key order, at most `size` of them. */
export function batchAfter<T>(
  items: readonly T[],
  keyOf: (item: T) => string,
  after: string | null,
  size: number = JOB_BATCH,
): Batch<T> {
  const rest = items
    .map((item) => ({ item, key: keyOf(item) }))
    .filter((x) => after === null || x.key > after)
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
  const batch = rest.slice(0, size)
  return {
    batch: batch.map((x) => x.item),
    next: rest.length > size ? batch[batch.length - 1].key : null,
  }
}

/** A cursor of a job with phases: `<phase>:<key>` (the key may be empty: the phase from its start). */
export function phaseCursor<P extends string>(
  cursor: string | null,
  phases: readonly P[],
): { phase: P; after: string | null } {
  const cut = cursor?.indexOf(':') ?? -1
  const phase = phases.find((p) => cursor !== null && cut > 0 && cursor.slice(0, cut) === p)
  if (!cursor || !phase) return { phase: phases[0], after: null }
  const after = cursor.slice(cut + 1)
  return { phase, after: after === '' ? null : after }
}
