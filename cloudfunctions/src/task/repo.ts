import type { TaskMeasure } from '@contract/domain/sched-task'
import type { Database } from '../shared/db-types'
import { findByKeys, pageAll } from '../shared/paging'

/**
 * The owner of the 调度任务 collections: the tasks, each unit's progress on a task, the weekly rows a
 * county invocation writes for the units of its county, and the weekly summary per issuing unit.
 */
const TASKS = 'sched_tasks'
const PROGRESS = 'sched_task_progress'
const WEEK_ROWS = 'sched_task_week_rows'
const SUMMARIES = 'sched_task_summaries'

export type IssuerLevel = 'prefecture' | 'county' | 'township'

export type TaskDoc = {
  _id: string
  title: string
  detail: string
  issuerUnitId: string
  issuerUnitName: string
  issuerLevel: IssuerLevel
  /** Everyone holding a supervising role on the issuing unit may follow it; this one assigned it. */
  issuedById: string
  unitIds: string[]
  /** The units as given (names then), with their county: the weekly rows need no unit reads. */
  units: Array<{ unitId: string; countyId: string; name: string }>
  /** The counties the units lie in: the weekly job of each county writes their rows. */
  countyIds: string[]
  deadline: string
  measure: TaskMeasure
  status: 'open' | 'closed'
  createdAt: Date
}

export type ProgressDoc = {
  /** `<taskId>_<unitId>`: one current figure per unit. */
  _id: string
  taskId: string
  unitId: string
  countyId: string
  value: number
  note: string
  reportedAt: Date
  /** The last reports, newest last (a unit's history on the task). */
  history: Array<{ value: number; note: string; at: Date }>
}

export interface WeekRow {
  unitId: string
  unitName: string
  reported: boolean
  value: number
  note: string
  reportedAt: Date | null
}

export type WeekRowsDoc = {
  /** `<taskId>_<countyId>_<week>` */
  _id: string
  taskId: string
  countyId: string
  week: string
  rows: WeekRow[]
  createdAt: Date
}

export type SummaryDoc = {
  /** `<issuerUnitId>_<week>` */
  _id: string
  unitId: string
  unitName: string
  level: IssuerLevel
  week: string
  fileID: string
  fileName: string
  tasks: Array<{ taskId: string; rows: WeekRow[] }>
  createdAt: Date
}

export async function addTask(db: Database, doc: TaskDoc): Promise<void> {
  await db.collection(TASKS).add({ data: doc })
}

export async function taskById(db: Database, id: string): Promise<TaskDoc | null> {
  return (await db.collection(TASKS).doc(id).get<TaskDoc>()).data
}

export async function tasksByIds(db: Database, ids: readonly string[]): Promise<TaskDoc[]> {
  return findByKeys<TaskDoc>(db, TASKS, '_id', ids)
}

/** Tasks issued by these units (their supervisors' list). */
export async function tasksIssuedBy(db: Database, unitIds: readonly string[]): Promise<TaskDoc[]> {
  return findByKeys<TaskDoc>(db, TASKS, 'issuerUnitId', unitIds)
}

/** Tasks given to any of these units (the units' own list). */
export async function tasksGivenTo(db: Database, unitIds: readonly string[]): Promise<TaskDoc[]> {
  return findByKeys<TaskDoc>(db, TASKS, 'unitIds', unitIds)
}

/** Open tasks with units in a county: what its weekly job summarises. */
export async function openTasksIn(db: Database, countyId: string): Promise<TaskDoc[]> {
  return pageAll<TaskDoc>(db, TASKS, { countyIds: countyId, status: 'open' }, 'createdAt')
}

export async function progressOf(db: Database, taskId: string): Promise<ProgressDoc[]> {
  return pageAll<ProgressDoc>(db, PROGRESS, { taskId }, 'unitId')
}

export async function progressIn(db: Database, taskId: string, countyId: string): Promise<ProgressDoc[]> {
  return pageAll<ProgressDoc>(db, PROGRESS, { taskId, countyId }, 'unitId')
}

export async function saveProgress(db: Database, doc: ProgressDoc): Promise<void> {
  const { _id, ...data } = doc
  await db.collection(PROGRESS).doc(_id).set({ data })
}

export async function progressById(db: Database, id: string): Promise<ProgressDoc | null> {
  return (await db.collection(PROGRESS).doc(id).get<ProgressDoc>()).data
}

export async function saveWeekRows(db: Database, doc: WeekRowsDoc): Promise<void> {
  const { _id, ...data } = doc
  await db.collection(WEEK_ROWS).doc(_id).set({ data })
}

export async function weekRowsOf(db: Database, taskId: string, week: string): Promise<WeekRowsDoc[]> {
  return pageAll<WeekRowsDoc>(db, WEEK_ROWS, { taskId, week }, 'countyId')
}

export async function summaryById(db: Database, id: string): Promise<SummaryDoc | null> {
  return (await db.collection(SUMMARIES).doc(id).get<SummaryDoc>()).data
}

export async function saveSummary(db: Database, doc: SummaryDoc): Promise<void> {
  const { _id, ...data } = doc
  await db.collection(SUMMARIES).doc(_id).set({ data })
}

/** The latest weekly summaries of these issuing units, newest first. */
export async function summariesOf(
  db: Database,
  unitIds: readonly string[],
  limit = 20,
): Promise<SummaryDoc[]> {
  const _ = db.command
  const res = await db
    .collection(SUMMARIES)
    .where({ unitId: _.in([...unitIds]) })
    .orderBy('week', 'desc')
    .limit(limit)
    .get<SummaryDoc>()
  return res.data
}
