import { AppError } from '@contract/errors'
import {
  ESCALATION_STATUS_LABELS,
  ESCALATION_STEP_LABELS,
  STRIKE_KIND_LABELS,
} from '@contract/domain/rectification-escalation'
import type { EscalationView } from '@contract/api/rectify-schemas'
import type { SignedInContext } from '../shared/context'
import { writeAudit } from '../shared/audit'
import { placePath } from '../shared/org-units'
import { requireInScope, scopeUnitIds } from '../shared/auth'
import { refuseSelfDecision } from '../shared/self-decision'
import { tellEvent } from '../shared/notify-events'
import type { EscalationDoc } from './docs'
import { decideEscalation, findEscalation } from './repo-escalations'
import { asDate, isoOrNull } from './photos'

export function escalationView(e: EscalationDoc): EscalationView {
  return {
    id: e._id,
    personId: e.personId,
    personName: e.personName,
    step: e.step,
    stepLabel: ESCALATION_STEP_LABELS[e.step],
    strikeCount: e.strikeCount,
    strikeKind: e.strikeKind,
    strikeLabel: STRIKE_KIND_LABELS[e.strikeKind],
    itemId: e.itemId,
    itemProblem: e.itemProblem,
    villageName: e.villageName,
    status: e.status,
    statusLabel: ESCALATION_STATUS_LABELS[e.status],
    createdAt: asDate(e.createdAt).toISOString(),
    decidedByName: e.decidedByName,
    decidedAt: isoOrNull(e.decidedAt),
    comment: e.comment,
  }
}

/** Approve or dismiss: a supervisor in scope decides once, with a comment; the audit log keeps it. */
export async function decide(
  ctx: SignedInContext,
  id: string,
  status: 'approved' | 'dismissed',
  comment: string,
): Promise<EscalationView> {
  const found = await findEscalation(ctx.db, id)
  if (!found) throw new AppError('not-found', '问责升级建议不存在')
  requireInScope(
    await placePath(ctx.db, found.villageId, [found.countyId, found.townshipId, found.villageId]),
    scopeUnitIds(ctx.caller, ['admin', 'supervisor']),
  )
  refuseSelfDecision(ctx.caller, { personIds: [found.personId] }, '问责建议', ctx.requestId)
  const me = ctx.caller.person
  const fields = { status, decidedById: me._id, decidedByName: me.name, decidedAt: ctx.now, comment }
  if (!(await decideEscalation(ctx.db, id, fields)))
    throw new AppError('failed-precondition', '该建议已处理过')
  await writeAudit(
    ctx,
    'escalation',
    id,
    `${status === 'approved' ? '批准' : '不予处理'}${ESCALATION_STEP_LABELS[found.step]}：${found.personName}（${comment}）`,
  )
  await tellEvent(
    ctx.db,
    ctx.now,
    {
      kind: 'escalation_decided',
      id: `${id}-${status}`,
      actorId: me._id,
      payload: {
        escalationId: id,
        itemId: found.itemId,
        personId: found.personId,
        stepLabel: ESCALATION_STEP_LABELS[found.step],
        approved: status === 'approved',
        deciderName: me.name,
        comment,
      },
    },
    ctx.requestId,
  )
  return escalationView({ ...found, ...fields })
}
