import type { Routes } from '../shared/handler'
import { assignTask } from './handlers/assign-task'
import { listTasks } from './handlers/list-tasks'
import { getTask } from './handlers/get-task'
import { reportProgress } from './handlers/report-progress'
import { listWeeklySummaries } from './handlers/list-weekly-summaries'
import { getWeeklyFile } from './handlers/get-weekly-file'

export const routes: Routes<'task'> = {
  assignTask,
  listTasks,
  getTask,
  reportProgress,
  listWeeklySummaries,
  getWeeklyFile,
}
