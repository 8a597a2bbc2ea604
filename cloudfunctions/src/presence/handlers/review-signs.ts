import { AppError } from '@contract/errors'
import { SIGN_LABELS } from '@contract/domain/presence'
import { SUPERVISING_ROLES } from '@contract/domain/role'
import type { Handler } from '../../shared/handler'
import { requireInScope, scopeUnitIds } from '../../shared/auth'
import { writeAudit } from '../../shared/audit'
import { placePath } from '../../shared/org-units'
import { tellEvent } from '../../shared/notify-events'
import { refuseSelfDecision } from '../../shared/self-decision'
import { annotateDay } from '../repo-days'
import { getPresenceDay } from '../../shared/presence-days'
import { signDayView } from '../sign-note-view'

/**
 * A person in scope looks at a day's signs (with the cadre's explanation, if any) and keeps them for
 * the monthly record or clears them; the cadre is told either way. Never about oneself.
 */
export const reviewSigns: Handler<'presence', 'reviewSigns'> = async (input, ctx) => {
  const day = await getPresenceDay(ctx.db, input.personId, input.day)
  if (!day) throw new AppError('not-found', '未找到该天的在村记录')
  requireInScope(
    await placePath(ctx.db, day.villageId, [day.countyId, day.townshipId, day.villageId]),
    scopeUnitIds(ctx.caller, SUPERVISING_ROLES),
  )
  refuseSelfDecision(ctx.caller, { personIds: [day.personId] }, '建议核实事项', ctx.requestId)
  if (day.signs.length === 0) throw new AppError('failed-precondition', '当天没有建议核实事项')
  const me = ctx.caller.person
  if (!me) throw new AppError('unauthenticated', '请先绑定身份')
  const signReview = { kept: input.kept, comment: input.comment, byId: me._id, byName: me.name, at: ctx.now }
  await annotateDay(ctx.db, day._id, { signReview })
  const labels = day.signs.map((s) => SIGN_LABELS[s.kind]).join('、')
  await writeAudit(
    ctx,
    'presence_day',
    day._id,
    `${input.kept ? '保留' : '排除'}建议核实事项（${labels}）：${input.comment}`,
  )
  await tellEvent(
    ctx.db,
    ctx.now,
    {
      kind: 'sign_reviewed',
      id: `${day._id}-${ctx.now.getTime()}`,
      actorId: me._id,
      payload: {
        personId: day.personId,
        day: day.day,
        signLabel: labels,
        kept: input.kept,
        reviewerName: me.name,
        comment: input.comment,
      },
    },
    ctx.requestId,
  )
  return signDayView({ ...day, signReview })
}
