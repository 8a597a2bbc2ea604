import type { Routes } from '../shared/handler'
import { listHouseholdVisits } from './handlers/list-household-visits'
import { getHousehold } from './handlers/get-household'
import { submitVisit } from './handlers/submit-visit'
import { attachPhoto } from './handlers/attach-photo'
import { correctVisit } from './handlers/correct-visit'
import { getVisit } from './handlers/get-visit'
import { listVisits } from './handlers/list-visits'
import { reviewVisit } from './handlers/review-visit'
import { shareVisit } from './handlers/share-visit'
import { listSharedVisits } from './handlers/list-shared-visits'
import { issueCard } from './handlers/issue-card'
import { getCard } from './handlers/get-card'
import { getMyCoverage } from './handlers/get-my-coverage'
import { getCoverage } from './handlers/get-coverage'
import { getPolicy } from './handlers/get-policy'
import { setPolicy } from './handlers/set-policy'
import { exportVisits } from './handlers/export-visits'
import { setKindPeriods } from './handlers/set-kind-periods'
import { addMeasure } from './handlers/add-measure'
import { updateMeasureStatus } from './handlers/update-measure-status'
import { listMeasures } from './handlers/list-measures'
import { repathRecords } from './handlers/repath-records'

export const routes: Routes<'visit'> = {
  repathRecords,
  listHouseholdVisits,
  getHousehold,
  submitVisit,
  attachPhoto,
  correctVisit,
  getVisit,
  listVisits,
  reviewVisit,
  shareVisit,
  listSharedVisits,
  issueCard,
  getCard,
  getMyCoverage,
  getCoverage,
  getPolicy,
  setPolicy,
  exportVisits,
  setKindPeriods,
  addMeasure,
  updateMeasureStatus,
  listMeasures,
}
