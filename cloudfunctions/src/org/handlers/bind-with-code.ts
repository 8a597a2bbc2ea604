import { AppError } from '@contract/errors'
import { normalizeBindCode } from '@contract/domain/binding'
import type { Handler } from '../../shared/handler'
import { linkBoundContact } from '../dispatch-contact'
import { keyedHash } from '../../shared/sensitive'
import { writeAudit } from '../../shared/audit'
import { consumeCode, findCode, releaseCode } from '../repo-binding'
import { bindOpenid, getPerson } from '../../shared/people'
import { giveAttemptBack, requireUnboundWeChatUser, takeAttempt } from '../rate-limit'

const INVALID = '绑定码无效、已使用或已过期'

export const bindWithCode: Handler<'org', 'bindWithCode'> = async (input, ctx) => {
  requireUnboundWeChatUser(ctx)
  const attempt = await takeAttempt(ctx, 'code')
  const code = await findCode(ctx.db, keyedHash(`bind:${normalizeBindCode(input.code)}`))
  if (!code || code.usedAt || code.revokedAt || code.expiresAt.getTime() <= ctx.now.getTime())
    throw new AppError('not-found', INVALID)
  const person = await getPerson(ctx.db, code.personId)
  if (!person || person.status !== 'active' || person.openid)
    throw new AppError('failed-precondition', '该人员已停用或已绑定，请联系组织部')
  if (!(await consumeCode(ctx.db, code._id, ctx.caller.openid, ctx.now)))
    throw new AppError('not-found', INVALID)
  if (!(await bindOpenid(ctx.db, person._id, ctx.caller.openid, ctx.now))) {
    // The person was bound another way meanwhile; the code was not what failed, so give it back.
    await releaseCode(ctx.db, code._id)
    throw new AppError('failed-precondition', '该人员已绑定，请联系组织部')
  }
  await linkBoundContact(ctx, person)
  await giveAttemptBack(ctx, attempt)
  await writeAudit(ctx, 'person', person._id, `「${person.name}」用绑定码绑定微信`)
  return { personId: person._id, personName: person.name }
}
