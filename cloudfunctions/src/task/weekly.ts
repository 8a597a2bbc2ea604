import { shanghaiDay } from '@contract/domain/presence-time'
import { taskFigures, weekOf } from '@contract/domain/sched-task'
import { downloadName } from '@contract/domain/file-name'
import type { DailyJob } from '../shared/daily-jobs'
import type { Database } from '../shared/db-types'
import type { OrgUnitDoc } from '../shared/docs'
import { storeJobFile } from '../shared/export-file'
import { tellEvent } from '../shared/notify-events'
import {
  progressIn,
  saveSummary,
  saveWeekRows,
  summaryById,
  tasksIssuedBy,
  openTasksIn,
  weekRowsOf,
  type TaskDoc,
} from './repo'
import { unitRows } from './views'
import { weeklyWorkbook } from './weekly-xlsx'

const DAY_MS = 86_400_000

/**
 * Once every issuing unit's tasks have their rows of the week from every county they reach, its 周通报
 * is written: the xlsx and an inbox notice to whoever assigned them. The county invocation that
 * completes the set writes it (the same id again changes nothing, the notice is told once).
 */
async function summarise(db: Database, now: Date, issuerUnitId: string, week: string): Promise<number> {
  const id = `${issuerUnitId}_${week}`
  if (await summaryById(db, id)) return 0
  const tasks = (await tasksIssuedBy(db, [issuerUnitId])).filter((t) => t.status === 'open')
  const parts: Array<{ task: TaskDoc; rows: ReturnType<typeof unitRows> }> = []
  for (const task of tasks) {
    const rows = await weekRowsOf(db, task._id, week)
    if (rows.length < task.countyIds.length) return 0
    parts.push({ task, rows: rows.flatMap((r) => r.rows) })
  }
  if (parts.length === 0) return 0
  const first = parts[0].task
  const fileName = downloadName('调度任务周通报', first.issuerUnitName, week)
  const fileID = await storeJobFile(
    'task-weekly',
    id,
    fileName,
    await weeklyWorkbook(first.issuerUnitName, week, parts),
  )
  await saveSummary(db, {
    _id: id,
    unitId: issuerUnitId,
    unitName: first.issuerUnitName,
    level: first.issuerLevel,
    week,
    fileID,
    fileName,
    tasks: parts.map((p) => ({ taskId: p.task._id, rows: p.rows })),
    createdAt: now,
  })
  await tellEvent(db, now, {
    kind: 'task_weekly',
    id,
    actorId: null,
    payload: {
      summaryId: id,
      toIds: [...new Set(parts.map((p) => p.task.issuedById))],
      unitName: first.issuerUnitName,
      week,
      tasks: parts.length,
      behind: parts.filter((p) => !taskFigures(p.task.measure, p.rows).met).length,
    },
  })
  return 1
}

/**
 * 周统计/周通报, daily from 07:00 and idempotent: the rows of last week for every open task reaching
 * this county (its own units only), then the summaries this county completes. A missed Monday is
 * made up the next day.
 */
export async function weeklyForCounty(db: Database, now: Date, county: OrgUnitDoc) {
  const week = weekOf(shanghaiDay(new Date(now.getTime() - 7 * DAY_MS)))
  const tasks = await openTasksIn(db, county._id)
  for (const task of tasks) {
    const id = `${task._id}_${county._id}_${week}`
    const progress = await progressIn(db, task._id, county._id)
    const rows = unitRows({ ...task, units: task.units.filter((u) => u.countyId === county._id) }, progress)
    await saveWeekRows(db, { _id: id, taskId: task._id, countyId: county._id, week, rows, createdAt: now })
  }
  let summaries = 0
  for (const issuer of new Set(tasks.map((t) => t.issuerUnitId)))
    summaries += await summarise(db, now, issuer, week)
  return { rows: tasks.length, summaries }
}

/** 07:00 Shanghai (config.json's taskWeekly). */
export const TASK_JOBS: DailyJob[] = [{ name: 'task.weekly', dueMinute: 7 * 60, run: weeklyForCounty }]
