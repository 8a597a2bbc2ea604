import { AppError } from '@contract/errors'
import type { Handler } from '../../shared/handler'
import { issuedByCaller, reportableUnits, requireTaskAccess } from '../access'
import { progressOf, taskById } from '../repo'
import { rowView, taskView, unitRows } from '../views'

/**
 * The issuer (and the 州/市 above an issuing county, read-only) sees every unit's row; a unit sees its
 * own rows (and the task's overall figure).
 */
export const getTask: Handler<'task', 'getTask'> = async (input, ctx) => {
  const task = await taskById(ctx.db, input.taskId)
  if (!task) throw new AppError('not-found', '未找到该调度任务')
  await requireTaskAccess(ctx.db, ctx.caller, task)
  const rows = unitRows(task, await progressOf(ctx.db, task._id))
  const mine = reportableUnits(ctx.caller, task)
  const visible =
    issuedByCaller(ctx.caller, task) || mine.length === 0 ? rows : rows.filter((r) => mine.includes(r.unitId))
  return { task: taskView(task, rows, ctx.caller, ctx.now), rows: visible.map((r) => rowView(task, r)) }
}
