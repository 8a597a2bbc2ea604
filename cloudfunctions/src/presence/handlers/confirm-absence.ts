import { AppError } from '@contract/errors'
import type { Handler } from '../../shared/handler'
import { requireInScope, scopeUnitIds } from '../../shared/auth'
import { writeAudit } from '../../shared/audit'
import { refuseSelfDecision } from '../../shared/self-decision'
import { loadUnit } from '../../shared/org-units'
import { unexcusedSince } from '../../shared/presence-absences'
import { decideAbsence, getAbsence } from '../../shared/presence-absences'
import { namesByIds } from '../../shared/people'
import { ABSENCE_DECIDERS, absenceView } from '../absence-view'

/**
 * The person who confirms the rule's suggestion: an absence found by 暗访 is confirmed (it stays on
 * the record) or excused (it no longer counts toward the rating suggestion). Never by the cadre.
 */
export const confirmAbsence: Handler<'presence', 'confirmAbsence'> = async (input, ctx) => {
  const absence = await getAbsence(ctx.db, input.absenceId)
  if (!absence) throw new AppError('not-found', '未找到该不在岗记录')
  const village = await loadUnit(ctx.db, absence.villageId)
  // Authority first: whether the caller may decide does not depend on whether someone already did.
  requireInScope(village.path, scopeUnitIds(ctx.caller, ABSENCE_DECIDERS))
  const person = ctx.caller.person
  refuseSelfDecision(ctx.caller, { personIds: [absence.personId] }, '不在岗记录', ctx.requestId)
  if (absence.decision) throw new AppError('failed-precondition', '该记录已处理')
  if (absence.excused) throw new AppError('failed-precondition', '该干部当天已请假，无需确认')
  if (input.decision === 'excused' && !input.comment)
    throw new AppError('invalid-argument', '认定有正当理由时请写明理由', { field: 'comment' })
  const patch = {
    decision: input.decision,
    decidedById: person._id,
    decidedByName: person.name,
    decidedAt: ctx.now,
    comment: input.comment,
  }
  if ((await decideAbsence(ctx.db, absence._id, patch)) === 0)
    throw new AppError('failed-precondition', '该记录已处理')
  const [names, unexcused] = await Promise.all([
    namesByIds(ctx.db, [absence.personId]),
    unexcusedSince(ctx.db, absence.personId, `${absence.day.slice(0, 4)}-01-01`),
  ])
  const name = names.get(absence.personId) ?? ''
  const what = input.decision === 'confirmed' ? '确认不在岗' : '认定有正当理由（不计入）'
  await writeAudit(
    ctx,
    'presence_absence',
    absence._id,
    `${village.name} ${name} ${absence.day} 暗访不在岗：${what}${input.comment ? `，${input.comment}` : ''}`,
  )
  return absenceView(
    { ...absence, ...patch, excused: input.decision === 'excused' },
    { name, village, unexcusedThisYear: unexcused.length, caller: ctx.caller },
  )
}
