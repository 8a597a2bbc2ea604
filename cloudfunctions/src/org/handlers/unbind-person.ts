import { AppError } from '@contract/errors'
import type { Handler } from '../../shared/handler'
import { writeAudit } from '../../shared/audit'
import { updatePerson } from '../../shared/people'
import { loadPersonInScope } from '../scope'

/** The person record stays (imports, history); only the WeChat link goes, e.g. for a new phone. */
export const unbindPerson: Handler<'org', 'unbindPerson'> = async (input, ctx) => {
  const { person } = await loadPersonInScope(ctx, input.personId, ['admin'])
  if (!person.openid) throw new AppError('failed-precondition', '该人员尚未绑定微信')
  await updatePerson(ctx.db, person._id, { openid: null }, ctx.now)
  await writeAudit(ctx, 'person', person._id, `解除「${person.name}」的微信绑定`)
  return { ok: true as const }
}
