import { AppError } from '@contract/errors'
import type {
  CaseKind,
  CaseSource,
  CaseStep,
  HouseholdKind,
  MonitorType,
  RiskType,
} from '@contract/domain/monitoring'
import type { Database } from './db-types'
import { repathField, type RepathBatch } from './repath'
import type { TreeUnit } from './org-tree'
import { pageAll } from './paging'
import { inTransaction } from './transaction'

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
  /** The household's kind before 纳入 (set when the case is confirmed): 风险消除 returns it there. */
  priorKind?: HouseholdKind | null
  /** The WeChat user who applied on the village's public page (a 农户自主申报 without a person record). */
  starterOpenid?: string | null
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

/** What dashboards need of a case: no notes, no history. */
export type MonitorCaseLine = Pick<
  MonitorCaseDoc,
  | 'householdId'
  | 'headName'
  | 'villageId'
  | 'kind'
  | 'step'
  | 'monitorType'
  | 'risks'
  | 'stepDueDay'
  | 'createdAt'
  | 'updatedAt'
>
const CASE_LINE_FIELDS = {
  householdId: true,
  headName: true,
  villageId: true,
  kind: true,
  step: true,
  monitorType: true,
  risks: true,
  stepDueDay: true,
  createdAt: true,
  updatedAt: true,
}

/** Every case under a unit on the `unitPath` index, projected: a county's dashboard reads only this. */
export async function caseLinesUnder(db: Database, unitId: string): Promise<MonitorCaseLine[]> {
  const out: MonitorCaseLine[] = []
  for (let offset = 0; ; offset += 1000) {
    const res = await db
      .collection(MONITOR_CASES)
      .where({ unitPath: unitId })
      .orderBy('_id', 'asc')
      .skip(offset)
      .limit(1000)
      .field(CASE_LINE_FIELDS)
      .get<MonitorCaseLine>()
    out.push(...res.data)
    if (res.data.length < 1000) return out
  }
}

/** The villages under a unit whose cases changed after `since` (index `path_updated`), with when. */
export async function caseChangesSince(
  db: Database,
  unitId: string,
  since: Date,
): Promise<Array<Pick<MonitorCaseDoc, 'villageId' | 'updatedAt'>>> {
  const res = await db
    .collection(MONITOR_CASES)
    .where({ unitPath: unitId, updatedAt: db.command.gt(since) })
    .orderBy('updatedAt', 'asc')
    .limit(1000)
    .field({ villageId: true, updatedAt: true })
    .get<Pick<MonitorCaseDoc, 'villageId' | 'updatedAt'>>()
  return res.data
}
/**
 * Moves a case on from the step its decider saw: read and write in one transaction, so two deciders
 * of the same step cannot both pass it (the second is told it was already decided).
 */
export async function moveMonitorCase(
  db: Database,
  id: string,
  fromStep: CaseStep,
  change: (doc: MonitorCaseDoc) => Partial<Omit<MonitorCaseDoc, '_id'>>,
): Promise<MonitorCaseDoc> {
  return inTransaction(db, async (tx) => {
    const ref = tx.collection(MONITOR_CASES).doc(id)
    const doc = (await ref.get<MonitorCaseDoc>()).data
    if (!doc) throw new AppError('not-found', '未找到该监测事项')
    if (doc.step !== fromStep) throw new AppError('failed-precondition', '该环节已由他人办理，请刷新后查看')
    const data = change(doc)
    await ref.update({ data })
    return { ...doc, ...data }
  })
}

/** Cases under a unit, newest first, one page (index path_step for the step filter). */
export async function pageCasesUnder(
  db: Database,
  unitIds: readonly string[],
  filter: { step?: CaseStep; kind?: CaseKind },
  page: { offset: number; limit: number },
): Promise<{ items: MonitorCaseDoc[]; total: number }> {
  const where = {
    unitPath: db.command.in([...unitIds]),
    ...(filter.step ? { step: filter.step } : {}),
    ...(filter.kind ? { kind: filter.kind } : {}),
  }
  const [res, count] = await Promise.all([
    db
      .collection(MONITOR_CASES)
      .where(where)
      .orderBy('createdAt', 'desc')
      .skip(page.offset)
      .limit(page.limit)
      .get<MonitorCaseDoc>(),
    db.collection(MONITOR_CASES).where(where).count(),
  ])
  return { items: res.data, total: count.total }
}

/** Records under a county that gained ancestors get them in their `unitPath` (shared/repath.ts). */
export function repathMonitorCasesUnder(
  db: Database,
  anchor: TreeUnit,
  budget: number,
): Promise<RepathBatch> {
  return repathField(db, MONITOR_CASES, 'unitPath', anchor, budget)
}
