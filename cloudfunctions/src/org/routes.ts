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
import { listPlacements } from './handlers/list-placements'
import { setCardPhone } from './handlers/set-card-phone'
import { postCadre } from './handlers/post-cadre'
import { listTeam } from './handlers/list-team'
import { listPersonPostings } from './handlers/list-person-postings'
import { previewHandover } from './handlers/preview-handover'
import { endPosting } from './handlers/end-posting'
import { backfillPostings } from './handlers/backfill-postings'
import { listRosterReview } from './handlers/list-roster-review'
import { decideRosterCase } from './handlers/decide-roster-case'
import { listDispatchUnits } from './handlers/list-dispatch-units'
import { registerDispatchUnit } from './handlers/register-dispatch-unit'
import { updateDispatchUnit } from './handlers/update-dispatch-unit'
import { archiveDispatchUnit } from './handlers/archive-dispatch-unit'
import { assignDispatchUnit } from './handlers/assign-dispatch-unit'
import { listDispatchLeaves } from './handlers/list-dispatch-leaves'
import { getAssessmentSheet } from './handlers/get-assessment-sheet'
import { decideAssessment } from './handlers/decide-assessment'
import { exportAssessments } from './handlers/export-assessments'
import { postSecondment } from './handlers/post-secondment'
import { endSecondment } from './handlers/end-secondment'
import { listSecondments } from './handlers/list-secondments'
import { createCommandBody } from './handlers/create-command-body'
import { renameCommandBody } from './handlers/rename-command-body'
import { addCommandMember } from './handlers/add-command-member'
import { endCommandMember } from './handlers/end-command-member'
import { listCommandBodies } from './handlers/list-command-bodies'
import { getCommandBody } from './handlers/get-command-body'

export const routes: Routes<'org'> = {
  attachCounty,
  listPlacements,
  getWorkbench,
  setCardPhone,
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
  postCadre,
  listTeam,
  listPersonPostings,
  previewHandover,
  endPosting,
  backfillPostings,
  listRosterReview,
  decideRosterCase,
  listDispatchUnits,
  registerDispatchUnit,
  updateDispatchUnit,
  archiveDispatchUnit,
  assignDispatchUnit,
  listDispatchLeaves,
  getAssessmentSheet,
  decideAssessment,
  exportAssessments,
  postSecondment,
  endSecondment,
  listSecondments,
  createCommandBody,
  renameCommandBody,
  addCommandMember,
  endCommandMember,
  listCommandBodies,
  getCommandBody,
}
