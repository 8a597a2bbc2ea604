import type { HandlerContext } from './context'
import type { AuditDoc } from './docs'

/** Append one line to the audit log: who, when, what, on which target. Every write calls this. */
export async function writeAudit(ctx: HandlerContext, targetType: string, targetId: string, summary: string): Promise<void> {
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
