import { AppError } from '@contract/errors'
import type { Handler } from '../../shared/handler'
import { linkBoundContact } from '../dispatch-contact'
import { loadCaller } from '../../shared/auth'
import { writeAudit } from '../../shared/audit'
import { refuseSelfDecision } from '../../shared/self-decision'
import { decideRequest, getRequest, reopenRequest } from '../repo-binding'
import { bindOpenid } from '../../shared/people'
import { loadPersonInScope } from '../scope'

export const decideBindRequest: Handler<'org', 'decideBindRequest'> = async (input, ctx) => {
  const request = await getRequest(ctx.db, input.requestId)
  if (!request) throw new AppError('not-found', '申请不存在')
  const { person } = await loadPersonInScope(ctx, request.personId, ['admin'])
  refuseSelfDecision(
    ctx.caller,
    { personIds: [request.personId], openids: [request.openid] },
    '绑定申请',
    ctx.requestId,
  )
  if (request.status !== 'pending') throw new AppError('failed-precondition', '该申请已处理')
  const by = ctx.caller.person._id
  if (!input.approve) {
    if (!(await decideRequest(ctx.db, request._id, 'rejected', by, ctx.now)))
      throw new AppError('failed-precondition', '该申请已处理')
    await writeAudit(ctx, 'person', person._id, `拒绝「${person.name}」的绑定申请`)
    return { ok: true as const }
  }
  // The requester may have bound another way since asking: one WeChat user, one person.
  if ((await loadCaller(ctx.db, request.openid)).person)
    throw new AppError('failed-precondition', '申请人的微信已绑定其他人员')
  if (!(await decideRequest(ctx.db, request._id, 'approved', by, ctx.now)))
    throw new AppError('failed-precondition', '该申请已处理')
  if (!(await bindOpenid(ctx.db, person._id, request.openid, ctx.now))) {
    await reopenRequest(ctx.db, request._id)
    throw new AppError('failed-precondition', '该人员已停用或已绑定')
  }
  await linkBoundContact(ctx, person)
  await writeAudit(ctx, 'person', person._id, `通过「${person.name}」的绑定申请`)
  return { ok: true as const }
}
