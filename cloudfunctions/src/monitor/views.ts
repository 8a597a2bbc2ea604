import { CASE_KIND, CASE_SOURCE, CASE_STEP, MONITOR_TYPE, RISK_TYPE } from '@contract/domain/monitoring'
import {
  STEP_ACTION_LABELS,
  checkIncome,
  isOpenStep,
  isOverdue,
  recordLabel,
} from '@contract/domain/monitoring-flow'
import { shanghaiDay } from '@contract/domain/presence-time'
import type { CaseDetail, CaseSummary } from '@contract/api/monitor-schemas'
import type { HandlerContext } from '../shared/context'
import type { MonitorCaseDoc } from '../shared/monitor-cases'
import { getNotice } from '../shared/public-notices'
import { getHousehold } from '../shared/households'
import { unitById } from '../shared/org-units'
import { isOwnCase } from '../shared/self-decision'
import { monitoringPolicyOf } from './policy'
import { partiesOf, whyNotDecider } from './scope'

const OUTCOME_LABELS = { started: '发起', passed: '通过', rejected: '不通过' } as const

export function caseSummary(doc: MonitorCaseDoc, villageName: string, today: string): CaseSummary {
  return {
    id: doc._id,
    householdId: doc.householdId,
    headName: doc.headName,
    villageId: doc.villageId,
    villageName,
    kind: doc.kind,
    kindLabel: CASE_KIND.labels[doc.kind],
    source: doc.source,
    sourceLabel: CASE_SOURCE.labels[doc.source],
    step: doc.step,
    stepLabel: CASE_STEP.labels[doc.step],
    monitorType: doc.monitorType,
    monitorTypeLabel: doc.monitorType ? MONITOR_TYPE.labels[doc.monitorType] : null,
    riskLabels: doc.risks.map((r) => RISK_TYPE.labels[r]),
    stepDueDay: doc.stepDueDay,
    overdue: isOverdue(doc.step, doc.stepDueDay, today),
    createdAt: new Date(doc.createdAt).toISOString(),
  }
}

/** The whole case as its page shows it, with the step the caller may take now (or why not). */
export async function caseDetail(ctx: HandlerContext, doc: MonitorCaseDoc): Promise<CaseDetail> {
  const today = shanghaiDay(ctx.now)
  const [village, policy, notice, household] = await Promise.all([
    unitById(ctx.db, doc.villageId),
    monitoringPolicyOf(ctx.db, doc.unitPath),
    doc.noticeId ? getNotice(ctx.db, doc.noticeId) : Promise.resolve(null),
    getHousehold(ctx.db, doc.householdId),
  ])
  const income = checkIncome(doc.kind, doc.incomePerCapita, doc.rigidExpense, policy.incomeLine)
  // The window has not closed while today is on or before its last day.
  const noticeOpen = !!notice && today <= notice.endDay
  let action: CaseDetail['action'] = null
  if (isOpenStep(doc.step)) {
    let why = whyNotDecider(ctx.caller, doc.step, doc.unitPath)
    if (!why && isOwnCase(ctx.caller, partiesOf(doc, household, ctx.caller))) why = '与本人有关的事项须回避'
    if (!why && doc.step === 'village_review' && noticeOpen && notice)
      why = `公示期至 ${notice.endDay}，期满后方可确认评议结果`
    action = { label: STEP_ACTION_LABELS[doc.step] ?? '办理', allowed: why === null, why }
  }
  return {
    ...caseSummary(doc, village?.name ?? '', today),
    risks: doc.risks,
    incomePerCapita: doc.incomePerCapita,
    rigidExpense: doc.rigidExpense,
    income: { line: policy.incomeLine, lineYear: policy.lineYear, ...income },
    notice: notice
      ? {
          noticeId: notice._id,
          startDay: notice.startDay,
          endDay: notice.endDay,
          open: noticeOpen,
          objections: notice.objections,
        }
      : null,
    history: doc.history.map((r) => ({
      stepLabel: recordLabel(r.step, r.outcome),
      outcome: r.outcome,
      outcomeLabel: OUTCOME_LABELS[r.outcome],
      byName: r.byName,
      at: new Date(r.at).toISOString(),
      note: r.note,
    })),
    action,
  }
}
