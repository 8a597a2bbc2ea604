import type { Database, Where } from '../shared/db-types'
import type { AuditDoc } from '../shared/docs'

/** Newest first; one more than asked is read so the caller knows whether another page exists. */
export async function listAuditEntries(
  db: Database,
  filter: { actorId?: string; targetId?: string },
  page: { offset: number; limit: number },
): Promise<{ items: Array<AuditDoc & { _id: string }>; hasMore: boolean }> {
  const where: Where = {}
  if (filter.actorId) where.actorId = filter.actorId
  if (filter.targetId) where.targetId = filter.targetId
  const res = await db.collection('audit_log').where(where).orderBy('at', 'desc').skip(page.offset).limit(page.limit + 1).get<AuditDoc & { _id: string }>()
  return { items: res.data.slice(0, page.limit), hasMore: res.data.length > page.limit }
}
