import { AppError } from '@contract/errors'
import { pathInScope, scopeUnitIds } from '../shared/auth'
import type { HandlerContext } from '../shared/context'
import type { ObjectionDoc } from './docs'
import { getObjection } from './repo-notices'
import { getNotice } from '../shared/public-notices'
import { refuseSelfDecision } from '../shared/self-decision'
import { OBJECTION_HANDLER_ROLES, OBJECTION_REVEALER_ROLES, scopeOf } from './scope'
import type { ObjectionAbilities } from './views'

/** An objection the caller handles: its notice's unit lies in their scope. */
export async function objectionInScope(ctx: HandlerContext, id: string): Promise<ObjectionDoc> {
  const doc = await getObjection(ctx.db, id)
  if (!doc) throw new AppError('not-found', '未找到该异议')
  if (!pathInScope(doc.path, new Set(scopeOf(ctx, OBJECTION_HANDLER_ROLES))))
    throw new AppError('permission-denied', '该异议不在您的管辖范围内')
  return doc
}

/**
 * An objection the caller may decide (answer or convert): in their scope, neither raised by them nor
 * against a notice they published.
 */
export async function objectionToDecide(ctx: HandlerContext, id: string): Promise<ObjectionDoc> {
  const doc = await objectionInScope(ctx, id)
  const notice = await getNotice(ctx.db, doc.noticeId)
  refuseSelfDecision(
    ctx.caller,
    { openids: [doc.openid], personIds: [notice?.authorId] },
    '公示异议',
    ctx.requestId,
  )
  return doc
}

/**
 * Per objection, what the caller may do: handle it where they handle objections, reveal the contact
 * where they lead the township and the objector left one. Writers of the notice only follow it.
 */
export function objectionAbilities(ctx: HandlerContext): (doc: ObjectionDoc) => ObjectionAbilities {
  const handles = scopeUnitIds(ctx.caller, OBJECTION_HANDLER_ROLES)
  const reveals = scopeUnitIds(ctx.caller, OBJECTION_REVEALER_ROLES)
  return (doc) => ({
    canDecide: pathInScope(doc.path, handles),
    canReveal: doc.contactEnc !== null && pathInScope(doc.path, reveals),
  })
}
