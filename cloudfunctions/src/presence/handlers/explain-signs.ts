import { AppError } from '@contract/errors'
import type { Handler } from '../../shared/handler'
import { writeAudit } from '../../shared/audit'
import { annotateDay } from '../repo-days'
import { getPresenceDay } from '../../shared/presence-days'
import { signDayView } from '../sign-note-view'

/**
 * The cadre answers a sign about their own day in their own words. The day is always the caller's
 * own (there is no person to name), so nobody can explain — or overwrite — someone else's record.
 */
export const explainSigns: Handler<'presence', 'explainSigns'> = async (input, ctx) => {
  const me = ctx.caller.person
  if (!me) throw new AppError('unauthenticated', '请先绑定身份')
  const day = await getPresenceDay(ctx.db, me._id, input.day)
  if (!day || day.signs.length === 0)
    throw new AppError('failed-precondition', '当天没有建议核实事项，无需说明')
  const signNote = { text: input.text, at: ctx.now }
  await annotateDay(ctx.db, day._id, { signNote })
  await writeAudit(ctx, 'presence_day', day._id, `补充说明建议核实事项：${input.text}`)
  return signDayView({ ...day, signNote })
}
