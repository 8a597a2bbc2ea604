import { AppError } from '@contract/errors'
import { normalizePhone } from '@contract/domain/id-number'
import type { Handler } from '../../shared/handler'
import { keyedHash } from '../../shared/sensitive'
import { writeAudit } from '../../shared/audit'
import { insertRequest, latestRequestOf } from '../repo-binding'
import { findPeopleByPhoneHash } from '../../shared/people'
import { giveAttemptBack, requireUnboundWeChatUser, takeAttempt } from '../rate-limit'

/** Name and phone must match one imported, unbound record; an admin then approves the request. */
export const requestBinding: Handler<'org', 'requestBinding'> = async (input, ctx) => {
  requireUnboundWeChatUser(ctx)
  const attempt = await takeAttempt(ctx, 'request')
  const candidates = await findPeopleByPhoneHash(ctx.db, keyedHash(normalizePhone(input.phone)))
  const person = candidates.find((p) => p.name === input.name && !p.openid)
  if (!person) throw new AppError('not-found', '未找到与姓名、手机号相符且未绑定的登记信息，请联系组织部')
  await giveAttemptBack(ctx, attempt)
  const latest = await latestRequestOf(ctx.db, ctx.caller.openid)
  // Asking twice must not queue two requests for the admin.
  if (latest && latest.status === 'pending' && latest.personId === person._id)
    return { requestId: latest._id, status: 'pending' }
  const requestId = await insertRequest(ctx.db, {
    openid: ctx.caller.openid,
    personId: person._id,
    status: 'pending',
    createdAt: ctx.now,
    decidedAt: null,
    decidedBy: null,
  })
  await writeAudit(ctx, 'person', person._id, `微信用户申请绑定为「${person.name}」`)
  return { requestId, status: 'pending' }
}
