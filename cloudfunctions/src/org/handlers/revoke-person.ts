import { AppError } from '@contract/errors'
import type { Handler } from '../../shared/handler'
import { writeAudit } from '../../shared/audit'
import { updatePerson } from '../../shared/people'
import { revokeOpenCodes } from '../repo-binding'
import { loadPersonInScope } from '../scope'

/** A revoked person can no longer call anything: loadCaller only finds active people. */
export const revokePerson: Handler<'org', 'revokePerson'> = async (input, ctx) => {
  const { person } = await loadPersonInScope(ctx, input.personId, ['admin'])
  if (person._id === ctx.caller.person._id) throw new AppError('failed-precondition', '不能停用自己')
  if (person.status === 'revoked') throw new AppError('failed-precondition', '该人员已停用')
  await updatePerson(ctx.db, person._id, { openid: null, status: 'revoked' }, ctx.now)
  const codes = await revokeOpenCodes(ctx.db, person._id, ctx.now)
  await writeAudit(
    ctx,
    'person',
    person._id,
    `停用「${person.name}」${codes ? `，作废绑定码 ${codes} 个` : ''}`,
  )
  return { ok: true as const }
}
