import { auditActionLabel, auditTargetLabel } from '@contract/domain/audit-labels'
import { auditRowSchema } from '@contract/api/org-audit'
import type { Handler } from '../../shared/handler'
import { viewsOf } from '../../shared/list-views'
import { listAuditEntries } from '../../shared/audit'
import { peopleByIds } from '../../shared/people'

export const listAudit: Handler<'org', 'listAudit'> = async (input, ctx) => {
  const page = await listAuditEntries(ctx.db, { actorId: input.actorId, targetId: input.targetId }, input)
  const actors = await peopleByIds(
    ctx.db,
    page.items.flatMap((e) => (e.actorId ? [e.actorId] : [])),
  )
  return {
    ...viewsOf(
      ctx,
      page.items,
      (e) => ({
        id: e._id,
        at: e.at.toISOString(),
        actorId: e.actorId,
        actorName: e.actorId ? (actors.get(e.actorId)?.name ?? e.actorId) : '未绑定微信用户',
        action: `${e.fn}.${e.action}`,
        actionLabel: auditActionLabel(e.fn, e.action),
        targetType: e.targetType,
        targetLabel: auditTargetLabel(e.targetType),
        targetId: e.targetId,
        summary: e.summary,
      }),
      auditRowSchema,
    ),
    hasMore: page.hasMore,
  }
}
