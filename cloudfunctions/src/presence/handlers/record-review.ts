import { AppError } from '@contract/errors'
import { REVIEW_RESULT_LABELS } from '@contract/domain/duty-review'
import type { Handler } from '../../shared/handler'
import { writeAudit } from '../../shared/audit'
import { refuseSelfDecision } from '../../shared/self-decision'
import { bindUploads } from '../../shared/upload-binding'
import { getActivePerson } from '../../shared/people'
import { getUnitsByIds } from '../../shared/org-units'
import { isTracked } from '../../shared/presence-roster'
import { tellEvent } from '../../shared/notify-events'
import { getReviewSession, saveReviewEntry, type ReviewEntryDoc } from '../../shared/duty-reviews'
import { requireHolder } from '../review-scope'
import { entryView, reportFileUrls } from '../review-view'

/**
 * Records one cadre's 述职 (text, or a file uploaded for it) and the 评议 result the meeting decided.
 * Recording again corrects the entry; the cadre is told of their result.
 */
export const recordReview: Handler<'presence', 'recordReview'> = async (input, ctx) => {
  const session = await getReviewSession(ctx.db, input.sessionId)
  if (!session) throw new AppError('not-found', '未找到该述职评议会')
  requireHolder(ctx.caller, session.level, session.unitPath)
  refuseSelfDecision(ctx.caller, { personIds: [input.personId] }, '述职评议', ctx.requestId)
  if (!input.reportText && !input.reportFileId)
    throw new AppError('invalid-argument', '请填写述职内容或上传述职材料', { field: 'reportText' })
  const cadre = await getActivePerson(ctx.db, input.personId)
  const home = cadre ? (await getUnitsByIds(ctx.db, [cadre.homeUnitId])).get(cadre.homeUnitId) : undefined
  if (!cadre || !home || !isTracked(cadre, home._id) || !home.path.includes(session.unitId))
    throw new AppError('invalid-argument', `该人员不是${session.unitName}的驻村干部`, { field: 'personId' })
  const id = `${session._id}_${cadre._id}`
  const bound = input.reportFileId
    ? await bindUploads(ctx, [input.reportFileId], {
        purposes: ['duty-report'],
        recordId: id,
        path: home.path,
        field: 'reportFileId',
      })
    : undefined
  const fileName = input.reportFileId ? bound?.uploads.get(input.reportFileId)?.name : undefined
  const person = ctx.caller.person
  const doc: ReviewEntryDoc = {
    _id: id,
    sessionId: session._id,
    sessionTitle: session.title,
    level: session.level,
    date: session.date,
    year: session.year,
    personId: cadre._id,
    personName: cadre.name,
    reportText: input.reportText,
    reportFileId: input.reportFileId ?? null,
    ...(input.reportFileId ? { reportFileName: fileName ?? '述职材料' } : {}),
    result: input.result,
    votes: input.votes ?? null,
    recordedById: person._id,
    recordedByName: person.name,
    recordedAt: ctx.now,
  }
  await saveReviewEntry(ctx.db, doc)
  const label = REVIEW_RESULT_LABELS[input.result]
  await writeAudit(ctx, 'review_entry', id, `${session.title}：${cadre.name} 评议结果「${label}」`)
  await tellEvent(
    ctx.db,
    ctx.now,
    {
      kind: 'review_recorded',
      id: `${id}-${input.result}`,
      actorId: person._id,
      payload: { entryId: id, personId: cadre._id, sessionTitle: session.title, resultLabel: label },
    },
    ctx.requestId,
  )
  return entryView(doc, await reportFileUrls([doc]))
}
