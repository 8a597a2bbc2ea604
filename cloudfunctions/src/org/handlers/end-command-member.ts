import { AppError } from '@contract/errors'
import { shanghaiDay } from '@contract/domain/presence-time'
import type { Handler } from '../../shared/handler'
import { writeAudit } from '../../shared/audit'
import { loadBodyInScope } from '../command-body-scope'
import { changeMemberships, type MembershipDoc } from '../repo-command-bodies'
import { commandBodyView } from '../command-body-view'

/** A member leaves the body on a day; the membership stays as history. */
export const endCommandMember: Handler<'org', 'endCommandMember'> = async (input, ctx) => {
  const { body, unitName } = await loadBodyInScope(ctx, input.bodyId, ['admin'])
  if (input.untilDay > shanghaiDay(ctx.now))
    throw new AppError('invalid-argument', '退出日期不能晚于今天', { field: 'untilDay' })
  let left: MembershipDoc | undefined
  const changed = await changeMemberships(ctx.db, body._id, ctx.now, (memberships) => {
    const index = memberships.findIndex((m) => m.personId === input.personId && m.untilDay === null)
    const current = memberships[index]
    if (!current) throw new AppError('failed-precondition', '该人员不是在任成员', { field: 'personId' })
    if (input.untilDay < current.fromDay)
      throw new AppError('invalid-argument', `退出日期不能早于加入日期 ${current.fromDay}`, {
        field: 'untilDay',
      })
    left = current
    return memberships.map((m, i) => (i === index ? { ...m, untilDay: input.untilDay } : m))
  })
  await writeAudit(
    ctx,
    'command_body',
    body._id,
    `「${left?.personName ?? ''}」退出「${body.name}」（${input.untilDay}）`,
  )
  return commandBodyView(changed, unitName)
}
