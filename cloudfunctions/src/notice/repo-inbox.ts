import type { Database } from '../shared/db-types'
import { INBOX, type InboxRecord } from '../shared/notify'

/** A person's inbox, newest first (index person_created); unread ones through person_read. */
export async function listInbox(
  db: Database,
  personId: string,
  unreadOnly: boolean,
  offset: number,
  limit: number,
): Promise<{ items: InboxRecord[]; total: number }> {
  const where = unreadOnly ? { personId, readAt: null } : { personId }
  const [page, count] = await Promise.all([
    db
      .collection(INBOX)
      .where(where)
      .orderBy('createdAt', 'desc')
      .orderBy('_id', 'desc')
      .skip(offset)
      .limit(limit)
      .get<InboxRecord>(),
    db.collection(INBOX).where(where).count(),
  ])
  return { items: page.data, total: count.total }
}

export { unreadCount } from '../shared/notify'

/** Marks one record (when it is the person's own) or all of them read; a read record keeps its first time. */
export async function markRead(
  db: Database,
  personId: string,
  inboxId: string | undefined,
  now: Date,
): Promise<void> {
  const where = inboxId ? { _id: inboxId, personId, readAt: null } : { personId, readAt: null }
  await db
    .collection(INBOX)
    .where(where)
    .update({ data: { readAt: now } })
}

/** Read times of some inbox records (for 催办 receipts). */
export async function readTimes(db: Database, ids: readonly string[]): Promise<Map<string, Date | null>> {
  const map = new Map<string, Date | null>()
  for (let i = 0; i < ids.length; i += 500) {
    const res = await db
      .collection(INBOX)
      .where({ _id: db.command.in(ids.slice(i, i + 500)) })
      .field({ _id: true, readAt: true })
      .limit(1000)
      .get<{ _id: string; readAt: Date | null }>()
    res.data.forEach((r) => map.set(r._id, r.readAt ?? null))
  }
  return map
}
