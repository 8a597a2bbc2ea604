import { AppError } from '@contract/errors'
import { checkValue } from '@contract/domain/sched-task'
import type { Handler } from '../../shared/handler'
import { writeAudit } from '../../shared/audit'
import { reportableUnits } from '../access'
import { progressById, saveProgress, taskById } from '../repo'

const HISTORY = 20

/** A unit's leaders or cadres report the unit's figure with a note; the latest figure counts. */
export const reportProgress: Handler<'task', 'reportProgress'> = async (input, ctx) => {
  const task = await taskById(ctx.db, input.taskId)
  if (!task) throw new AppError('not-found', '未找到该调度任务')
  if (!task.unitIds.includes(input.unitId)) throw new AppError('invalid-argument', '该单位不承担此任务')
  if (!reportableUnits(ctx.caller, task).includes(input.unitId))
    throw new AppError('permission-denied', '只有该单位的负责人或干部可以报送进度')
  if (task.status !== 'open') throw new AppError('failed-precondition', '该任务已结束，不再报送')
  const wrong = checkValue(task.measure, input.value)
  if (wrong) throw new AppError('invalid-argument', wrong)
  const id = `${task._id}_${input.unitId}`
  const before = await progressById(ctx.db, id)
  const countyId = task.units.find((u) => u.unitId === input.unitId)?.countyId ?? ''
  await saveProgress(ctx.db, {
    _id: id,
    taskId: task._id,
    unitId: input.unitId,
    countyId,
    value: input.value,
    note: input.note,
    reportedAt: ctx.now,
    history: [...(before?.history ?? []), { value: input.value, note: input.note, at: ctx.now }].slice(
      -HISTORY,
    ),
  })
  await writeAudit(ctx, 'sched_task', task._id, `报送进度 ${input.value}：${input.note.slice(0, 100)}`)
  return { ok: true as const }
}
