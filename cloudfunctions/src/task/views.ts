import { measureLabel, taskFigures, TASK_LEVEL_LABELS, unitDone } from '@contract/domain/sched-task'
import type { TaskUnitRow, TaskView } from '@contract/api/task'
import { shanghaiDay } from '@contract/domain/presence-time'
import type { Caller } from '../shared/context'
import { issuedByCaller, reportableUnits } from './access'
import type { ProgressDoc, TaskDoc, WeekRow } from './repo'

/** Every unit of the task with its current figure (a unit that has not reported shows 0). */
export function unitRows(task: TaskDoc, progress: readonly ProgressDoc[]): WeekRow[] {
  const byUnit = new Map(progress.map((p) => [p.unitId, p]))
  return task.units.map((u) => {
    const p = byUnit.get(u.unitId)
    return {
      unitId: u.unitId,
      unitName: u.name,
      reported: !!p,
      value: p?.value ?? 0,
      note: p?.note ?? '',
      reportedAt: p ? p.reportedAt : null,
    }
  })
}

export function rowView(task: TaskDoc, r: WeekRow): TaskUnitRow {
  return {
    unitId: r.unitId,
    unitName: r.unitName,
    reported: r.reported,
    value: r.value,
    done: r.reported && unitDone(task.measure, r.value),
    note: r.note,
    reportedAt: r.reportedAt ? new Date(r.reportedAt).toISOString() : null,
  }
}

export function taskView(task: TaskDoc, rows: readonly WeekRow[], caller: Caller, now: Date): TaskView {
  return {
    id: task._id,
    title: task.title,
    detail: task.detail,
    issuerUnitName: task.issuerUnitName,
    issuerLevelLabel: TASK_LEVEL_LABELS[task.issuerLevel],
    deadline: task.deadline,
    overdue: task.deadline < shanghaiDay(now),
    measure: task.measure,
    measureLabel: measureLabel(task.measure),
    figures: taskFigures(task.measure, rows),
    mine: reportableUnits(caller, task),
    issuedByMe: issuedByCaller(caller, task),
  }
}
