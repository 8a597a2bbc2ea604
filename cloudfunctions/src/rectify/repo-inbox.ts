import type { Database } from '../shared/db-types'
import type { InboxDoc } from './docs'

export const INBOX = 'inbox'

/** Adds the reminders whose ids are not there yet; returns how many were new. */
export async function addMissingInbox(db: Database, docs: InboxDoc[]): Promise<number> {
  if (docs.length === 0) return 0
  const _ = db.command
  const existing = new Set<string>()
  for (let i = 0; i < docs.length; i += 500) {
    const ids = docs.slice(i, i + 500).map((d) => d._id)
    const res = await db.collection(INBOX).where({ _id: _.in(ids) }).field({ _id: true }).limit(1000).get<{ _id: string }>()
    res.data.forEach((d) => existing.add(d._id))
  }
  const fresh = docs.filter((d) => {
    if (existing.has(d._id)) return false
    existing.add(d._id)
    return true
  })
  for (const doc of fresh) await db.collection(INBOX).add({ data: { ...doc } })
  return fresh.length
}
