import type { Routes } from '../shared/handler'
import { checkIn } from './handlers/check-in'
import { getMonth } from './handlers/get-month'
import { getToday } from './handlers/get-today'
import { requestLeave } from './handlers/request-leave'
import { listLeaves } from './handlers/list-leaves'
import { decideLeave } from './handlers/decide-leave'
import { returnFromLeave } from './handlers/return-from-leave'
import { saveWorkLog } from './handlers/save-work-log'
import { getPolicy } from './handlers/get-policy'
import { setPolicy } from './handlers/set-policy'
import { recordSpotCheck } from './handlers/record-spot-check'
import { exportMonth } from './handlers/export-month'

export const routes: Routes<'presence'> = {
  checkIn,
  getMonth,
  getToday,
  requestLeave,
  listLeaves,
  decideLeave,
  returnFromLeave,
  saveWorkLog,
  getPolicy,
  setPolicy,
  recordSpotCheck,
  exportMonth,
}
