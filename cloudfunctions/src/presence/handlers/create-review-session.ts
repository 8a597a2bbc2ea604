import { randomUUID } from 'node:crypto'
import { AppError } from '@contract/errors'
import { REVIEW_LEVEL_LABELS } from '@contract/domain/duty-review'
import type { Handler } from '../../shared/handler'
import { writeAudit } from '../../shared/audit'
import { loadUnit } from '../../shared/org-units'
import { insertReviewSession, type ReviewSessionDoc } from '../../shared/duty-reviews'
import { requireHolder } from '../review-scope'
import { sessionView } from '../review-view'

export const createReviewSession: Handler<'presence', 'createReviewSession'> = async (input, ctx) => {
  const unit = await loadUnit(ctx.db, input.unitId)
  if (unit.level !== input.level)
    throw new AppError('invalid-argument', `请选择${REVIEW_LEVEL_LABELS[input.level]}作为评议单位`, {
      field: 'unitId',
    })
  requireHolder(ctx.caller, input.level, unit.path)
  const attendees = [...new Set(input.attendees)]
  const person = ctx.caller.person
  const doc: ReviewSessionDoc = {
    _id: `rs-${randomUUID()}`,
    level: input.level,
    unitId: unit._id,
    unitName: unit.name,
    unitPath: [...unit.path],
    date: input.date,
    year: input.date.slice(0, 4),
    title: input.title,
    attendees,
    createdById: person._id,
    createdByName: person.name,
    createdAt: ctx.now,
  }
  await insertReviewSession(ctx.db, doc)
  await writeAudit(
    ctx,
    'review_session',
    doc._id,
    `${unit.name}述职评议会 ${input.date}，参会 ${attendees.length} 人`,
  )
  return sessionView(doc, 0)
}
