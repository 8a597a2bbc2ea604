import type { AuthzRows, Identity } from './types'
import { FIRST_TOWNSHIP, FIRST_VILLAGE } from '../org/fixtures'
import type { RunningCloud } from '../../helpers/local-cloud'
import { seedMonitoringFixture } from '../report/monitoring-fixture'

/** The export needs households in monitoring: the known fixture, put in once. */
function withMonitoring(run: RunningCloud): void {
  if (run.cloud.db.find('monitor_cases', {}).length === 0) seedMonitoringFixture(run)
}

/** Everyone whose scope covers 瓦店镇's first village: its overseers and its own cadres. */
const SEE_VILLAGE: readonly Identity[] = [
  'demo-admin',
  'demo-supervisor',
  'demo-township',
  'demo-multi',
  'demo-secretary',
  'demo-member',
  'demo-village',
  'demo-pairing',
]
/** Overseers of 瓦店镇 itself. */
const OVERSEE_TOWNSHIP: readonly Identity[] = ['demo-admin', 'demo-supervisor', 'demo-township', 'demo-multi']

export const reportRows: AuthzRows = {
  getDashboard: { input: () => ({ unitId: FIRST_VILLAGE }), allowed: SEE_VILLAGE },
  listVillageCadres: { input: () => ({ villageId: FIRST_VILLAGE }), allowed: SEE_VILLAGE },
  exportBundle: { input: () => ({ unitId: FIRST_TOWNSHIP, month: '2026-11' }), allowed: OVERSEE_TOWNSHIP },
  // The county's 备案材料: its organization department's admins only.
  // 备案材料 are a county's: the 州/市 admin has none of its own.
  exportFilingPack: {
    input: () => ({}),
    allowed: ['demo-admin', 'demo-admin-b'],
    precondition: ['demo-pref-admin'],
  },
  getMonitoring: { input: () => ({ unitId: FIRST_VILLAGE }), allowed: SEE_VILLAGE },
  listMonitoredHouseholds: { input: () => ({ villageId: FIRST_VILLAGE }), allowed: SEE_VILLAGE },
  exportMonitoring: {
    input: (run) => {
      withMonitoring(run)
      return { unitId: FIRST_TOWNSHIP }
    },
    allowed: OVERSEE_TOWNSHIP,
  },
}
