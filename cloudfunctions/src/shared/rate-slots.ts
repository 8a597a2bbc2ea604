import type { Database } from './db-types'
import { isDuplicateKey } from './db-errors'

/**
 * Rate limits that hold under concurrent calls. A count followed by a write lets every call that
 * counted before the others wrote through; here each allowed call owns one of `limit` slot documents
 * (`${key}#0` … `${key}#${limit - 1}`), taken by an insert on its unique `_id` or, once its time is
 * past, by one conditional update. Both are single atomic writes, so exactly `limit` calls get in.
 */
export interface SlotClaim {
  collection: string
  key: string
  limit: number
  now: Date
  /** Slots taken before this instant may be taken again (a sliding window); null: never. */
  reusableBefore: Date | null
  /** Fields kept on the slot document (so it can be queried, e.g. by openid). */
  data?: Record<string, unknown>
}

/** The id of the slot this call took, or null when all `limit` are taken. */
export async function claimSlot(db: Database, c: SlotClaim): Promise<string | null> {
  const _ = db.command
  for (let k = 0; k < c.limit; k++) {
    const id = `${c.key}#${k}`
    try {
      await db.collection(c.collection).add({ data: { ...c.data, _id: id, at: c.now } })
      return id
    } catch (err) {
      if (!isDuplicateKey(err)) throw err
    }
    if (c.reusableBefore) {
      const res = await db
        .collection(c.collection)
        .where({ _id: id, at: _.lt(c.reusableBefore) })
        .update({ data: { ...c.data, at: c.now } })
      if (res.stats.updated === 1) return id
    }
  }
  return null
}

/** Gives a slot back (the call it admitted did not count after all). */
export async function releaseSlot(db: Database, collection: string, id: string): Promise<void> {
  await db.collection(collection).doc(id).remove()
}
