import { measureLabel, taskFigures, TASK_LEVEL_LABELS, unitDone } from '@contract/domain/sched-task'
import type { Handler } from '../../shared/handler'
import { overseenCounties, supervisedUnits } from '../access'
import { summariesOf, tasksByIds } from '../repo'

/** 周通报 of the units the caller supervises (a 州/市: its counties' too, to read): per task the figures and the places still behind. */
export const listWeeklySummaries: Handler<'task', 'listWeeklySummaries'> = async (_input, ctx) => {
  const issuers = [...supervisedUnits(ctx.caller), ...(await overseenCounties(ctx.db, ctx.caller))]
  const summaries = await summariesOf(ctx.db, issuers)
  const tasks = new Map(
    (await tasksByIds(ctx.db, [...new Set(summaries.flatMap((s) => s.tasks.map((t) => t.taskId)))])).map(
      (t) => [t._id, t],
    ),
  )
  let skipped = 0
  const views = summaries.map((s) => ({
    id: s._id,
    unitName: s.unitName,
    levelLabel: TASK_LEVEL_LABELS[s.level],
    week: s.week,
    fileName: s.fileName,
    createdAt: new Date(s.createdAt).toISOString(),
    tasks: s.tasks.flatMap((st) => {
      const task = tasks.get(st.taskId)
      if (!task) return ((skipped += 1), [])
      return [
        {
          taskId: task._id,
          title: task.title,
          deadline: task.deadline,
          measureLabel: measureLabel(task.measure),
          figures: taskFigures(task.measure, st.rows),
          behind: st.rows
            .filter((r) => !(r.reported && unitDone(task.measure, r.value)))
            .map((r) => r.unitName),
        },
      ]
    }),
  }))
  return { summaries: views, skipped }
}
