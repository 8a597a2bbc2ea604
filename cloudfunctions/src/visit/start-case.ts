import { RISK, standardRisks } from '@contract/domain/visit-form'
import { maskName } from '@contract/domain/visit-mask'
import type { MonitorType } from '@contract/domain/monitoring'
import type { Database } from '../shared/db-types'
import { isDuplicateKey } from '../shared/db-errors'
import { kindOf, type HouseholdDoc } from '../shared/households'
import { casesOfHousehold, insertMonitorCase, type MonitorCaseDoc } from '../shared/monitor-cases'
import { tellEvent } from '../shared/notify-events'
import type { VisitDoc } from './docs'
import { updateVisit } from './repo-visits'

export type CaseOutcome =
  | { state: 'started'; caseId: string }
  | { state: 'joined'; caseId: string }
  | { state: 'already_monitored'; caseId: null }
  | { state: 'none'; caseId: null }

/** The 监测对象 type the village starts from: a 脱贫户 at risk is 脱贫不稳定, anyone else at the edge. */
const likelyType = (h: HouseholdDoc): MonitorType => (kindOf(h).kind === 'lifted' ? 'unstable' : 'edge')

/**
 * A risk found on a visit, with 发起监测识别 chosen, becomes a candidate 识别纳入 case of the household
 * (干部排查): it goes to 村级评议 like any other. It is never an item against the visitor. The case id
 * follows the visit, so a resend after a crash finds it instead of starting a second; an open
 * inclusion case of the household is joined, and a household already monitored needs none.
 */
export async function startCaseFromVisit(
  db: Database,
  now: Date,
  visit: VisitDoc,
  household: HouseholdDoc,
  requestId: string,
): Promise<CaseOutcome> {
  if (!visit.form.startMonitoring || visit.form.risks.length === 0) return { state: 'none', caseId: null }
  const cases = await casesOfHousehold(db, household._id)
  const own = cases.find((c) => c.sourceRef === visit._id)
  if (own) return finish(db, visit, { state: 'started', caseId: own._id })
  const open = cases.find((c) => c.kind === 'inclusion' && c.step !== 'done' && c.step !== 'rejected')
  if (open) return finish(db, visit, { state: 'joined', caseId: open._id })
  if (kindOf(household).kind === 'monitored') return { state: 'already_monitored', caseId: null }
  const risks = standardRisks(visit.form.risks)
  const rigid = visit.form.rigidExpense
  const doc: MonitorCaseDoc = {
    _id: `mc-${visit._id}`,
    householdId: household._id,
    headName: maskName(household.headName),
    villageId: visit.villageId,
    unitPath: household.unitPath,
    kind: 'inclusion',
    source: 'visit',
    sourceRef: visit._id,
    step: 'candidate',
    monitorType: likelyType(household),
    risks,
    incomePerCapita: visit.form.incomePerCapita ?? null,
    rigidExpense: rigid ? rigid.medical + rigid.schooling : null,
    noticeId: null,
    stepDueDay: null,
    history: [
      {
        step: 'candidate',
        outcome: 'started',
        byId: visit.authorId,
        byName: visit.authorName,
        at: now,
        note: `走访发现风险：${visit.form.risks.map((r) => RISK.labels[r]).join('、')}`,
      },
    ],
    createdAt: now,
    updatedAt: now,
  }
  try {
    await insertMonitorCase(db, doc)
  } catch (err) {
    if (!isDuplicateKey(err)) throw err
  }
  const outcome = await finish(db, visit, { state: 'started', caseId: doc._id })
  await tellEvent(
    db,
    now,
    {
      kind: 'monitor_candidate_from_visit',
      id: doc._id,
      // The system opened the case on the visitor's word: the visitor is told it exists.
      actorId: null,
      payload: {
        caseId: doc._id,
        visitId: visit._id,
        authorId: visit.authorId,
        headName: doc.headName,
        villageName: visit.villageName,
        risks: risks.length,
      },
    },
    requestId,
  )
  return outcome
}

async function finish(db: Database, visit: VisitDoc, outcome: CaseOutcome): Promise<CaseOutcome> {
  if (visit.monitorCaseId !== outcome.caseId)
    await updateVisit(db, visit._id, { monitorCaseId: outcome.caseId })
  return outcome
}
