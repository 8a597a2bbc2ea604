import { AppError } from '@contract/errors'
import { CASE_KIND, CASE_STEP, type CaseStep } from '@contract/domain/monitoring'
import { isOpenStep, nextStep, stepDueDay } from '@contract/domain/monitoring-flow'
import { addDays, shanghaiDay } from '@contract/domain/presence-time'
import type { Handler } from '../../shared/handler'
import { writeAudit } from '../../shared/audit'
import { getHousehold } from '../../shared/households'
import { moveMonitorCase, type CaseStepRecord } from '../../shared/monitor-cases'
import { getNotice, updateNotice, type NoticeDoc } from '../../shared/public-notices'
import { refuseSelfDecision } from '../../shared/self-decision'
import { applyConfirmed, confirmedChange } from '../finish'
import { monitoringPolicyOf } from '../policy'
import { publishReview } from '../publicity'
import { caseInScope, partiesOf, whyNotDecider } from '../scope'
import { tellStep } from '../tell'
import { villageFacts } from '../village-facts'
import { caseDetail } from '../views'

/**
 * One step of a case, by a person of the step's role and scope, with a written note: the village's
 * review (published as a 公示 where the county asks), its result once the window has closed, the
 * township's audit, the county's confirmation (which changes the household's kind). A rejection at any
 * step ends the case with the reason.
 */
export const decideStep: Handler<'monitor', 'decideStep'> = async (input, ctx) => {
  const doc = await caseInScope(ctx, input.caseId)
  if (!isOpenStep(doc.step)) throw new AppError('failed-precondition', '该事项已办结')
  const why = whyNotDecider(ctx.caller, doc.step, doc.unitPath)
  if (why) throw new AppError('permission-denied', why)
  const household = await getHousehold(ctx.db, doc.householdId)
  refuseSelfDecision(ctx.caller, partiesOf(doc, household, ctx.caller), '防返贫监测事项', ctx.requestId)
  if (!household) throw new AppError('failed-precondition', '该户已不在档案中')
  const today = shanghaiDay(ctx.now)
  const policy = await monitoringPolicyOf(ctx.db, doc.unitPath)
  const facts = villageFacts(doc, input, policy)
  const pass = input.outcome === 'pass'
  if (doc.step === 'village_review' && pass && doc.noticeId) {
    const notice = await getNotice(ctx.db, doc.noticeId)
    if (notice && today <= notice.endDay)
      throw new AppError('failed-precondition', `公示期至 ${notice.endDay}，期满后方可确认评议结果`)
  }
  const next: CaseStep = pass ? nextStep(doc.step, policy.publicity) : 'rejected'
  const confirmed = next === 'done' ? await confirmedChange(ctx.db, { ...doc, ...facts }, household) : null
  let notice: NoticeDoc | null = null
  if (next === 'village_review') notice = await publishReview(ctx, { ...doc, ...facts }, policy, today)
  // While the 公示 runs the village's day stands, unless the window itself ends later.
  const villageDue = doc.stepDueDay ?? today
  const due =
    notice === null
      ? stepDueDay(next, today, policy)
      : notice.endDay >= villageDue
        ? addDays(notice.endDay, 1)
        : villageDue
  const reason = input.incomeReason ? `（收入情况说明：${input.incomeReason}）` : ''
  const record: CaseStepRecord = {
    step: doc.step,
    outcome: pass ? 'passed' : 'rejected',
    byId: ctx.caller.person._id,
    byName: ctx.caller.person.name,
    at: ctx.now,
    note: `${input.note}${reason}`,
  }
  const moved = await moveMonitorCase(ctx.db, doc._id, doc.step, (cur) => ({
    ...facts,
    step: next,
    history: [...cur.history, record],
    stepDueDay: isOpenStep(next) ? due : null,
    updatedAt: ctx.now,
    ...(notice ? { noticeId: notice._id } : {}),
    ...(confirmed ? { priorKind: confirmed.priorKind } : {}),
  })).catch(async (err: unknown) => {
    // The 公示 belongs to this decision only: when the step was taken meanwhile, it is withdrawn.
    if (notice) await updateNotice(ctx.db, notice._id, { status: 'withdrawn', withdrawReason: '评议未生效' })
    throw err
  })
  if (confirmed) await applyConfirmed(ctx.db, doc.householdId, confirmed, ctx.now)
  if (notice)
    await writeAudit(
      ctx,
      'public_notice',
      notice._id,
      `发布公示「${notice.title}」（${notice.startDay} 至 ${notice.endDay}）`,
    )
  await writeAudit(
    ctx,
    'monitor_case',
    doc._id,
    `${CASE_KIND.labels[doc.kind]}（${doc.headName}户）${CASE_STEP.labels[doc.step]}：${pass ? '通过' : '不通过'}`,
  )
  await tellStep(ctx, moved, record)
  return caseDetail(ctx, moved)
}
