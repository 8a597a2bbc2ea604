import type { Routes } from '../shared/handler'
import { getWorkbench } from './handlers/get-workbench'
import { listUnits } from './handlers/list-units'
import { getUnit } from './handlers/get-unit'
import { listPeople } from './handlers/list-people'
import { listHouseholds } from './handlers/list-households'
import { getMyBinding } from './handlers/get-my-binding'
import { issueBindCode } from './handlers/issue-bind-code'
import { bindWithCode } from './handlers/bind-with-code'
import { requestBinding } from './handlers/request-binding'
import { listBindRequests } from './handlers/list-bind-requests'
import { decideBindRequest } from './handlers/decide-bind-request'
import { unbindPerson } from './handlers/unbind-person'
import { revokePerson } from './handlers/revoke-person'
import { revealSensitive } from './handlers/reveal-sensitive'
import { listAudit } from './handlers/list-audit'
import { updateVillage } from './handlers/update-village'
import { getSettings } from './handlers/get-settings'
import { updateSettings } from './handlers/update-settings'
import { attachCounty } from './handlers/attach-county'

export const routes: Routes<'org'> = {
  getWorkbench,
  listUnits,
  getUnit,
  listPeople,
  listHouseholds,
  getMyBinding,
  issueBindCode,
  bindWithCode,
  requestBinding,
  listBindRequests,
  decideBindRequest,
  unbindPerson,
  revokePerson,
  revealSensitive,
  listAudit,
  updateVillage,
  getSettings,
  updateSettings,
  attachCounty,
}
