import type { LocalCloud } from '../../emulator/local-cloud'
import { generateMonitoring, type MonitoringSeedHousehold } from '../../emulator/seed/generate-monitoring'
import type { BenchSpec } from './types'

/** The seed's "now" (the demo's pinned clock): cases and measures are dated around it. */
const SEED_NOW = new Date('2026-11-20T01:00:00.000Z')
const seeded = new WeakSet<LocalCloud>()

/**
 * 防返贫监测 at county scale on top of the county seed (6,600 households, 10 % monitored): generated
 * once per cloud, straight into the database, before the first monitoring spec runs.
 */
export function seedMonitoring(cloud: LocalCloud): { cases: number; measures: number } {
  if (seeded.has(cloud)) return { cases: 0, measures: 0 }
  seeded.add(cloud)
  const households: unknown[] = cloud.db.find('households', {})
  const set = generateMonitoring(households.filter(isSeedHousehold), SEED_NOW)
  cloud.db.insertMany('monitor_cases', set.monitor_cases)
  cloud.db.insertMany('household_measures', set.household_measures)
  return { cases: set.monitor_cases.length, measures: set.household_measures.length }
}

function isSeedHousehold(x: unknown): x is MonitoringSeedHousehold {
  return (
    typeof x === 'object' &&
    x !== null &&
    ['_id', 'headName', 'villageId', 'unitPath', 'pairingCadreIds'].every((k) => k in x)
  )
}

/** The monitoring dashboard (≤ 100 ms at county scale) and the county's national-layout export (≤ 5 s). */
export const monitoringSpecs: BenchSpec[] = [
  {
    action: 'report.getMonitoring',
    openid: 'demo-admin',
    setup: seedMonitoring,
    input: () => ({}),
    targetP95Ms: 100,
  },
  {
    action: 'report.getMonitoring',
    openid: 'demo-township',
    setup: seedMonitoring,
    input: () => ({}),
    targetP95Ms: 100,
  },
  {
    action: 'report.exportMonitoring',
    openid: 'demo-admin',
    setup: seedMonitoring,
    input: () => ({}),
    targetP95Ms: 5000,
    iterations: 10,
  },
]
