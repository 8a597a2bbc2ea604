import { AppError } from '@contract/errors'
import { shanghaiDay } from '@contract/domain/presence-time'
import type { Handler } from '../../shared/handler'
import { writeAudit } from '../../shared/audit'
import { loadBodyInScope } from '../command-body-scope'
import { updateCommandBody } from '../repo-command-bodies'
import { commandBodyView } from '../command-body-view'

/** A member leaves the body on a day; the membership stays as history. */
export const endCommandMember: Handler<'org', 'endCommandMember'> = async (input, ctx) => {
  const { body, unitName } = await loadBodyInScope(ctx, input.bodyId, ['admin'])
  const index = body.memberships.findIndex((m) => m.personId === input.personId && m.untilDay === null)
  const current = body.memberships[index]
  if (!current) throw new AppError('failed-precondition', '该人员不是在任成员', { field: 'personId' })
  if (input.untilDay < current.fromDay)
    throw new AppError('invalid-argument', `退出日期不能早于加入日期 ${current.fromDay}`, {
      field: 'untilDay',
    })
  if (input.untilDay > shanghaiDay(ctx.now))
    throw new AppError('invalid-argument', '退出日期不能晚于今天', { field: 'untilDay' })
  const memberships = body.memberships.map((m, i) => (i === index ? { ...m, untilDay: input.untilDay } : m))
  await updateCommandBody(ctx.db, body._id, { memberships, updatedAt: ctx.now })
  await writeAudit(
    ctx,
    'command_body',
    body._id,
    `「${current.personName}」退出「${body.name}」（${input.untilDay}）`,
  )
  return commandBodyView({ ...body, memberships }, unitName)
}
