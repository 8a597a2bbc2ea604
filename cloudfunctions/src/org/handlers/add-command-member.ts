import { AppError } from '@contract/errors'
import { MAX_ACTIVE_MEMBERS, MAX_MEMBERSHIPS, commandRoleLabel } from '@contract/domain/command-body'
import { shanghaiDay } from '@contract/domain/presence-time'
import type { Handler } from '../../shared/handler'
import { writeAudit } from '../../shared/audit'
import { loadBodyInScope, loadMemberCandidate } from '../command-body-scope'
import { changeMemberships, type MembershipDoc } from '../repo-command-bodies'
import { commandBodyView } from '../command-body-view'

/** A leader or member joins the body from a day; people of any level, 挂职 cadres serving here too. */
export const addCommandMember: Handler<'org', 'addCommandMember'> = async (input, ctx) => {
  const { body, unitName } = await loadBodyInScope(ctx, input.bodyId, ['admin'])
  const { person, viaSecondment } = await loadMemberCandidate(ctx, input.personId)
  if (input.fromDay > shanghaiDay(ctx.now))
    throw new AppError('invalid-argument', '加入日期不能晚于今天', { field: 'fromDay' })
  const entry: MembershipDoc = {
    personId: person._id,
    personName: person.name,
    role: input.role,
    title: input.title || null,
    fromDay: input.fromDay,
    untilDay: null,
    viaSecondment,
  }
  const changed = await changeMemberships(ctx.db, body._id, ctx.now, (memberships) => {
    const serving = memberships.filter((m) => m.untilDay === null)
    if (serving.some((m) => m.personId === person._id))
      throw new AppError('failed-precondition', `${person.name}已是「${body.name}」的在任成员`, {
        field: 'personId',
      })
    if (serving.length >= MAX_ACTIVE_MEMBERS)
      throw new AppError('failed-precondition', `在任成员已达 ${MAX_ACTIVE_MEMBERS} 人，请先办理退出`)
    if (memberships.length >= MAX_MEMBERSHIPS)
      throw new AppError('failed-precondition', `成员记录已达 ${MAX_MEMBERSHIPS} 条，请联系运维归档`)
    return [...memberships, entry]
  })
  await writeAudit(
    ctx,
    'command_body',
    body._id,
    `「${person.name}」加入「${body.name}」任${input.title || commandRoleLabel(body.unitLevel, input.role)}（${input.fromDay} 起）`,
  )
  return commandBodyView(changed, unitName)
}
