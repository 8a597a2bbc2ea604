import type { Routes } from '../shared/handler'
import { getDashboard } from './handlers/get-dashboard'
import { listVillageCadres } from './handlers/list-village-cadres'
import { exportBundle } from './handlers/export-bundle'

export const routes: Routes<'report'> = { getDashboard, listVillageCadres, exportBundle }
