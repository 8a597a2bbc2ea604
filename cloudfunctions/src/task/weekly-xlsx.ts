import ExcelJS from 'exceljs'
import { measureLabel, taskFigures, unitDone } from '@contract/domain/sched-task'
import { titledSheet, workbookBuffer } from '../shared/xlsx-sheet'
import type { TaskDoc, WeekRow } from './repo'

const fmt = (d: Date | null) =>
  d ? new Date(new Date(d).getTime() + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ') : ''

/** 周通报: a sheet of the tasks' figures, then one row per place (unit) and task; no people, no ranks. */
export async function weeklyWorkbook(
  unitName: string,
  week: string,
  tasks: ReadonlyArray<{ task: TaskDoc; rows: WeekRow[] }>,
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook()
  const overview = titledSheet(wb, '任务汇总', `${unitName}调度任务周通报（${week} 当周）`, [
    { header: '序号', width: 6 },
    { header: '任务', width: 30 },
    { header: '进度目标', width: 24 },
    { header: '完成时限', width: 12 },
    { header: '承担单位数', width: 10 },
    { header: '已报送', width: 8 },
    { header: '已完成', width: 8 },
    { header: '完成进度（%）', width: 12 },
    { header: '是否达标', width: 10 },
  ])
  tasks.forEach(({ task, rows }, i) => {
    const f = taskFigures(task.measure, rows)
    overview.addRow([
      i + 1,
      task.title,
      measureLabel(task.measure),
      task.deadline,
      f.units,
      f.reported,
      f.done,
      f.percent,
      f.met ? '已达标' : '未达标',
    ])
  })
  const detail = titledSheet(wb, '各单位进度', `${unitName}调度任务各单位进度（${week} 当周）`, [
    { header: '任务', width: 30 },
    { header: '单位', width: 20 },
    { header: '报送进度', width: 10 },
    { header: '是否完成', width: 10 },
    { header: '说明', width: 40 },
    { header: '报送时间', width: 18 },
  ])
  for (const { task, rows } of tasks)
    for (const r of rows)
      detail.addRow([
        task.title,
        r.unitName,
        r.reported ? r.value : '未报送',
        r.reported && unitDone(task.measure, r.value) ? '已完成' : '未完成',
        r.note,
        fmt(r.reportedAt),
      ])
  return await workbookBuffer(wb)
}
