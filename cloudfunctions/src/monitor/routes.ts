import type { Routes } from '../shared/handler'
import { listCases } from './handlers/list-cases'
import { getCase } from './handlers/get-case'
import { decideStep } from './handlers/decide-step'
import { recordApplication } from './handlers/record-application'
import { startClearance } from './handlers/start-clearance'
import { issueApplyCode } from './handlers/issue-apply-code'
import { submitApplication } from './handlers/submit-application'
import { importWarnings } from './handlers/import-warnings'
import { getWarningTemplate } from './handlers/get-warning-template'

export const routes: Routes<'monitor'> = {
  listCases,
  getCase,
  decideStep,
  recordApplication,
  startClearance,
  issueApplyCode,
  submitApplication,
  importWarnings,
  getWarningTemplate,
}
