import type { Routes } from '../shared/handler'
import { getDashboard } from './handlers/get-dashboard'
import { listVillageCadres } from './handlers/list-village-cadres'
import { exportBundle } from './handlers/export-bundle'
import { exportFilingPack } from './handlers/export-filing-pack'
import { getMonitoring } from './handlers/get-monitoring'
import { listMonitoredHouseholds } from './handlers/list-monitored-households'
import { exportMonitoring } from './handlers/export-monitoring'

export const routes: Routes<'report'> = {
  getDashboard,
  listVillageCadres,
  exportBundle,
  exportFilingPack,
  getMonitoring,
  listMonitoredHouseholds,
  exportMonitoring,
}
