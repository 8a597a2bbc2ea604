import type { Handler } from '../../shared/handler'
import { overseenCounties, ownUnits, supervisedUnits } from '../access'
import { progressOf, tasksGivenTo, tasksIssuedBy } from '../repo'
import { taskView, unitRows } from '../views'

/**
 * The tasks the caller's units issued (and, for a 州/市, those the counties beneath it issued, to read),
 * then those given to units the caller holds, newest first.
 */
export const listTasks: Handler<'task', 'listTasks'> = async (_input, ctx) => {
  const issuers = [...supervisedUnits(ctx.caller), ...(await overseenCounties(ctx.db, ctx.caller))]
  const [issued, given] = await Promise.all([
    tasksIssuedBy(ctx.db, issuers),
    tasksGivenTo(ctx.db, [...ownUnits(ctx.caller)]),
  ])
  const tasks = [...new Map([...issued, ...given].map((t) => [t._id, t])).values()]
    .sort((a, b) => new Date(b.createdAt).getTime() - new Date(a.createdAt).getTime())
    .slice(0, 50)
  const views = []
  for (const t of tasks)
    views.push(taskView(t, unitRows(t, await progressOf(ctx.db, t._id)), ctx.caller, ctx.now))
  return { tasks: views, skipped: 0 }
}
