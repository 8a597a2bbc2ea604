import type { CaseKind, CaseSource, CaseStep, MonitorType, RiskType } from '@contract/domain/monitoring'
import type { Database } from './db-types'
import { pageAll } from './paging'
import { repathField, type RepathBatch } from './repath'
import type { TreeUnit } from './org-tree'

/**
 * The one owner of `monitor_cases`: a 防返贫 case (识别纳入 or 风险消除) of one household. Read by the
 * monitoring workflow, visits (a risk found starts one) and reports (dashboards, the national layout).
 */
const MONITOR_CASES = 'monitor_cases'

/** One decided step: who, when, what they wrote. */
export interface CaseStepRecord {
  step: CaseStep
  outcome: 'passed' | 'rejected' | 'started'
  byId: string
  byName: string
  at: Date
  note: string
}

export interface MonitorCaseDoc {
  _id: string
  householdId: string
  /** Masked head name for lists; the household owner holds the rest. */
  headName: string
  villageId: string
  unitPath: string[]
  kind: CaseKind
  source: CaseSource
  /** The visit or import row that started it, if any. */
  sourceRef: string | null
  step: CaseStep
  monitorType: MonitorType | null
  risks: RiskType[]
  /** 人均纯收入 (元/年) as stated when the case started. */
  incomePerCapita: number | null
  /** 刚性支出 (元/年): medical and schooling. */
  rigidExpense: number | null
  /** The 公示 of the village review, when the county's rules ask for one. */
  noticeId: string | null
  /** The day the current step is due (the county sets the days per step). */
  stepDueDay: string | null
  history: CaseStepRecord[]
  createdAt: Date
  updatedAt: Date
}

export async function getMonitorCase(db: Database, id: string): Promise<MonitorCaseDoc | null> {
  return (await db.collection(MONITOR_CASES).doc(id).get<MonitorCaseDoc>()).data
}

/** A household's cases, oldest first: its monitoring history. */
export async function casesOfHousehold(db: Database, householdId: string): Promise<MonitorCaseDoc[]> {
  return pageAll<MonitorCaseDoc>(db, MONITOR_CASES, { householdId }, 'createdAt')
}

/** Cases anywhere under a unit (county, township, village), optionally at one step. */
export async function casesUnder(db: Database, unitId: string, step?: CaseStep): Promise<MonitorCaseDoc[]> {
  return pageAll<MonitorCaseDoc>(db, MONITOR_CASES, step ? { unitPath: unitId, step } : { unitPath: unitId })
}

export async function insertMonitorCase(db: Database, doc: MonitorCaseDoc): Promise<void> {
  await db.collection(MONITOR_CASES).add({ data: { ...doc } })
}

export async function updateMonitorCase(
  db: Database,
  id: string,
  data: Partial<Omit<MonitorCaseDoc, '_id'>>,
): Promise<void> {
  await db.collection(MONITOR_CASES).doc(id).update({ data })
}

/** Records under a county that gained ancestors get them in their `unitPath` (shared/repath.ts). */
export function repathMonitorCasesUnder(
  db: Database,
  anchor: TreeUnit,
  budget: number,
): Promise<RepathBatch> {
  return repathField(db, MONITOR_CASES, 'unitPath', anchor, budget)
}
