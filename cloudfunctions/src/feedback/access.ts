import { AppError } from '@contract/errors'
import { pathInScope, scopeUnitIds } from '../shared/auth'
import type { HandlerContext } from '../shared/context'
import { refuseSelfDecision } from '../shared/self-decision'
import type { FeedbackDoc } from './docs'
import { getFeedback } from './repo'

/** A feedback record of the caller's 主办单位: its path lies in the caller's admin scope. */
export async function feedbackInScope(ctx: HandlerContext, id: string): Promise<FeedbackDoc> {
  const doc = await getFeedback(ctx.db, id)
  if (!doc) throw new AppError('not-found', '未找到该投诉建议')
  if (!pathInScope(doc.path, scopeUnitIds(ctx.caller, ['admin'])))
    throw new AppError('permission-denied', '该投诉建议不由您所在的组织部受理')
  return doc
}

/** One the caller may handle: in scope and not sent by the caller (回避). */
export async function feedbackToDecide(ctx: HandlerContext, id: string): Promise<FeedbackDoc> {
  const doc = await feedbackInScope(ctx, id)
  refuseSelfDecision(
    ctx.caller,
    { openids: [doc.openid], personIds: [doc.personId] },
    '投诉建议',
    ctx.requestId,
  )
  return doc
}
