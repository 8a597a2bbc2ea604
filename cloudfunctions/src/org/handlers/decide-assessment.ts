import { AppError } from '@contract/errors'
import { ASSESSMENT_GRADE_LABELS } from '@contract/domain/assessment'
import type { Handler } from '../../shared/handler'
import { writeAudit } from '../../shared/audit'
import { getDispatchUnit } from '../../shared/dispatch-units'
import { tellEvent } from '../../shared/notify-events'
import { countyIdOrThrow } from '../../shared/org-tree'
import { refuseSelfDecision } from '../../shared/self-decision'
import { loadPersonInScope } from '../scope'
import { assessmentId, getAssessment, saveAssessment } from '../repo-assessments'

/**
 * A county admin decides a cadre's 等次 for a year, with a written reason. A later decision keeps the
 * earlier one in the history; the cadre and their 派出单位's contact are told.
 */
export const decideAssessment: Handler<'org', 'decideAssessment'> = async (input, ctx) => {
  const { person, unit } = await loadPersonInScope(ctx, input.personId, ['admin'])
  refuseSelfDecision(ctx.caller, { personIds: [person._id], openids: [] }, '年度考核', ctx.requestId)
  if (person.status !== 'active' || !person.roles.some((g) => g.role === 'resident_cadre'))
    throw new AppError('failed-precondition', '只有在岗的驻村干部参加年度考核')
  const currentYear = Number(ctx.now.toISOString().slice(0, 4))
  if (input.year > currentYear)
    throw new AppError('invalid-argument', '不能评定未来年度的考核', { field: 'year' })
  const before = await getAssessment(ctx.db, person._id, input.year)
  const dispatchUnitId = person.dispatchUnitId ?? null
  const by = ctx.caller.person
  await saveAssessment(ctx.db, {
    _id: assessmentId(person._id, input.year),
    personId: person._id,
    personName: person.name,
    year: input.year,
    dispatchUnitId,
    countyId: countyIdOrThrow(unit),
    grade: input.grade,
    reason: input.reason,
    decidedById: by._id,
    decidedByName: by.name,
    decidedAt: ctx.now,
    history: before
      ? [
          ...before.history,
          {
            grade: before.grade,
            reason: before.reason,
            decidedByName: before.decidedByName,
            decidedAt: before.decidedAt,
          },
        ]
      : [],
  })
  const label = ASSESSMENT_GRADE_LABELS[input.grade]
  await writeAudit(
    ctx,
    'assessment',
    assessmentId(person._id, input.year),
    `评定「${person.name}」${input.year} 年度考核为「${label}」${before ? `（原为「${ASSESSMENT_GRADE_LABELS[before.grade]}」）` : ''}：${input.reason}`,
  )
  const contactId = dispatchUnitId
    ? ((await getDispatchUnit(ctx.db, dispatchUnitId))?.contactPersonId ?? null)
    : null
  await tellEvent(
    ctx.db,
    ctx.now,
    {
      kind: 'assessment_decided',
      id: `${assessmentId(person._id, input.year)}_${ctx.now.getTime()}`,
      actorId: by._id,
      payload: {
        personId: person._id,
        personName: person.name,
        contactId,
        year: input.year,
        gradeLabel: label,
        reason: input.reason,
        deciderName: by.name,
      },
    },
    ctx.requestId,
  )
  return { ok: true as const }
}
