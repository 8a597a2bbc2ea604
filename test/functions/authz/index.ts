import type { AuthzRows } from './types'
import { orgRows } from './org.rows'
import { presenceRows } from './presence.rows'
import { importsRows } from './imports.rows'
import { rectifyRows } from './rectify.rows'
import { visitRows } from './visit.rows'
import { noticeRows } from './notice.rows'
import { reportRows } from './report.rows'
import { filesRows } from './files.rows'
import { feedbackRows } from './feedback.rows'
import { taskRows } from './task.rows'
import { monitorRows } from './monitor.rows'

/** Rows per function; a function of the contract without an entry here fails the matrix test. */
export const AUTHZ_ROWS: Record<string, AuthzRows> = {
  org: orgRows,
  presence: presenceRows,
  imports: importsRows,
  rectify: rectifyRows,
  visit: visitRows,
  notice: noticeRows,
  report: reportRows,
  files: filesRows,
  task: taskRows,
  feedback: feedbackRows,
  monitor: monitorRows,
}
