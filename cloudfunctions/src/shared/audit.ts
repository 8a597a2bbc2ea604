import type { HandlerContext } from './context'
import type { Database, Where } from './db-types'
import type { AuditDoc } from './docs'

/** Append one line to the audit log: who, when, what, on which target. Every write calls this. */
export async function writeAudit(
  ctx: HandlerContext,
  targetType: string,
  targetId: string,
  summary: string,
): Promise<void> {
  const entry: AuditDoc = {
    at: ctx.now,
    actorId: ctx.caller.person?._id ?? null,
    actorOpenid: ctx.caller.openid,
    fn: ctx.fn,
    action: ctx.action,
    targetType,
    targetId,
    summary: summary.slice(0, 500),
  }
  await ctx.db.collection('audit_log').add({ data: { ...entry } })
}

/** The audit lines of one target under any of the given target types, newest first. */
export async function auditOfTarget(
  db: Database,
  targetId: string,
  targetTypes: readonly string[],
  limit: number,
): Promise<Array<AuditDoc & { _id: string }>> {
  const res = await db
    .collection('audit_log')
    .where({ targetId, targetType: db.command.in([...targetTypes]) })
    .orderBy('at', 'desc')
    .limit(limit)
    .get<AuditDoc & { _id: string }>()
  return res.data
}

/** Newest first; one more than asked is read so the caller knows whether another page exists. */
export async function listAuditEntries(
  db: Database,
  filter: { actorId?: string; targetId?: string },
  page: { offset: number; limit: number },
): Promise<{ items: Array<AuditDoc & { _id: string }>; hasMore: boolean }> {
  const where: Where = {}
  if (filter.actorId) where.actorId = filter.actorId
  if (filter.targetId) where.targetId = filter.targetId
  const res = await db
    .collection('audit_log')
    .where(where)
    .orderBy('at', 'desc')
    .skip(page.offset)
    .limit(page.limit + 1)
    .get<AuditDoc & { _id: string }>()
  return { items: res.data.slice(0, page.limit), hasMore: res.data.length > page.limit }
}
