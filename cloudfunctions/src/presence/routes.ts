import type { Routes } from '../shared/handler'
import { checkIn } from './handlers/check-in'
import { getMonth } from './handlers/get-month'
import { getToday } from './handlers/get-today'
import { requestLeave } from './handlers/request-leave'
import { listLeaves } from './handlers/list-leaves'
import { decideLeave } from './handlers/decide-leave'
import { returnFromLeave } from './handlers/return-from-leave'
import { saveWorkLog } from './handlers/save-work-log'
import { getWorkLog } from './handlers/get-work-log'
import { getPolicy } from './handlers/get-policy'
import { setPolicy } from './handlers/set-policy'
import { recordSpotCheck } from './handlers/record-spot-check'
import { exportMonth } from './handlers/export-month'
import { listPendingAbsences } from './handlers/list-pending-absences'
import { confirmAbsence } from './handlers/confirm-absence'
import { explainSigns } from './handlers/explain-signs'
import { reviewSigns } from './handlers/review-signs'
import { createReviewSession } from './handlers/create-review-session'
import { listReviewSessions } from './handlers/list-review-sessions'
import { getReviewSession } from './handlers/get-review-session'
import { recordReview } from './handlers/record-review'
import { listMyReviews } from './handlers/list-my-reviews'

export const routes: Routes<'presence'> = {
  checkIn,
  getMonth,
  getToday,
  requestLeave,
  listLeaves,
  decideLeave,
  returnFromLeave,
  saveWorkLog,
  getWorkLog,
  getPolicy,
  setPolicy,
  recordSpotCheck,
  exportMonth,
  listPendingAbsences,
  confirmAbsence,
  explainSigns,
  reviewSigns,
  createReviewSession,
  listReviewSessions,
  getReviewSession,
  recordReview,
  listMyReviews,
}
