import type { Routes } from '../shared/handler'
import { register } from './handlers/register'
import { dispatch } from './handlers/dispatch'
import { sign } from './handlers/sign'
import { start } from './handlers/start'
import { applyClose } from './handlers/apply-close'
import { startReview } from './handlers/start-review'
import { close } from './handlers/close'
import { reject } from './handlers/reject'
import { requestExtension } from './handlers/request-extension'
import { approveExtension } from './handlers/approve-extension'
import { rejectExtension } from './handlers/reject-extension'
import { dispute } from './handlers/dispute'
import { reassign } from './handlers/reassign'
import { withdraw } from './handlers/withdraw'
import { getItem } from './handlers/get-item'
import { listMine } from './handlers/list-mine'
import { listLedger } from './handlers/list-ledger'
import { exportLedger } from './handlers/export-ledger'
import { getRegisterOptions } from './handlers/get-register-options'
import { listResponsibles } from './handlers/list-responsibles'
import { listEscalations } from './handlers/list-escalations'
import { approveEscalation } from './handlers/approve-escalation'
import { dismissEscalation } from './handlers/dismiss-escalation'

export const routes: Routes<'rectify'> = {
  register,
  dispatch,
  sign,
  start,
  applyClose,
  startReview,
  close,
  reject,
  requestExtension,
  approveExtension,
  rejectExtension,
  dispute,
  reassign,
  withdraw,
  getItem,
  listMine,
  listLedger,
  exportLedger,
  getRegisterOptions,
  listResponsibles,
  listEscalations,
  approveEscalation,
  dismissEscalation,
}
