import { randomInt } from 'node:crypto'
import { AppError } from '@contract/errors'
import {
  BIND_CODE_ALPHABET,
  BIND_CODE_LENGTH,
  bindCodeExpiry,
  formatBindCode,
} from '@contract/domain/binding'
import type { Handler } from '../../shared/handler'
import { keyedHash } from '../../shared/sensitive'
import { writeAudit } from '../../shared/audit'
import { insertCode, revokeOpenCodes } from '../repo-binding'
import { loadPersonInScope } from '../scope'

function newCode(): string {
  let code = ''
  for (let i = 0; i < BIND_CODE_LENGTH; i++) code += BIND_CODE_ALPHABET[randomInt(BIND_CODE_ALPHABET.length)]
  return code
}

/** The code is shown once, to the admin who hands it over; only its keyed hash is kept. */
export const issueBindCode: Handler<'org', 'issueBindCode'> = async (input, ctx) => {
  const { person } = await loadPersonInScope(ctx, input.personId, ['admin'])
  if (person.status !== 'active') throw new AppError('failed-precondition', '该人员已停用')
  if (person.openid) throw new AppError('failed-precondition', '该人员已绑定微信，请先解除绑定')
  const revoked = await revokeOpenCodes(ctx.db, person._id, ctx.now)
  const code = newCode()
  const expiresAt = bindCodeExpiry(ctx.now)
  await insertCode(ctx.db, {
    codeHash: keyedHash(`bind:${code}`),
    personId: person._id,
    issuedBy: ctx.caller.person._id,
    createdAt: ctx.now,
    expiresAt,
    usedAt: null,
    usedByOpenid: null,
    revokedAt: null,
  })
  await writeAudit(
    ctx,
    'person',
    person._id,
    `为「${person.name}」生成绑定码${revoked ? `（作废旧码 ${revoked} 个）` : ''}`,
  )
  return { code: formatBindCode(code), expiresAt: expiresAt.toISOString(), personName: person.name }
}
