import { AppError } from '@contract/errors'
import type { Handler } from '../../shared/handler'
import { writeAudit } from '../../shared/audit'
import { refuseSelfDecision } from '../../shared/self-decision'
import { reviewParties, standingOn } from '../access'
import { getVisitDoc, updateVisit } from '../repo-visits'
import { tellEvent } from '../../shared/notify-events'

/** A township reviewer comments, or returns the visit for correction (the cadre corrects with a reason). */
export const reviewVisit: Handler<'visit', 'reviewVisit'> = async (input, ctx) => {
  const me = ctx.caller.person
  const visit = await getVisitDoc(ctx.db, input.visitId)
  if (!visit) throw new AppError('not-found', '未找到该走访记录')
  if (!standingOn(ctx.caller, visit.path, visit.pairingCadreIds).overseer)
    throw new AppError('permission-denied', '该走访不在您的审核范围内')
  refuseSelfDecision(ctx.caller, reviewParties(visit), '走访', ctx.requestId)
  if (visit.reviews.length >= 50) throw new AppError('failed-precondition', '该走访的审核意见已达上限')
  const _ = ctx.db.command
  const status = input.kind === 'return' ? 'returned' : visit.status
  await updateVisit(ctx.db, visit._id, {
    reviews: _.push({ at: ctx.now, byId: me._id, byName: me.name, kind: input.kind, comment: input.comment }),
    status,
    updatedAt: ctx.now,
  })
  await writeAudit(
    ctx,
    'visit',
    visit._id,
    `${input.kind === 'return' ? '退回走访' : '审核意见'}：${input.comment}`,
  )
  if (input.kind === 'return') {
    await tellEvent(
      ctx.db,
      ctx.now,
      {
        kind: 'visit_returned',
        id: `${visit._id}-r${visit.reviews.length + 1}`,
        actorId: me._id,
        payload: {
          visitId: visit._id,
          authorId: visit.authorId,
          villageName: visit.villageName,
          reviewerName: me.name,
          comment: input.comment,
        },
      },
      ctx.requestId,
    )
  }
  return { visitId: visit._id, status }
}
