import { periodLabel, periodOf } from '@contract/domain/visit-period'
import type { Database } from '../shared/db-types'
import { loadVisitPolicy } from '../shared/visit-policy'

/** The coverage period a county is in now (its policy decides the length). */
export async function currentPeriod(
  db: Database,
  countyId: string,
  now: Date,
): Promise<{ period: string; periodLabel: string }> {
  const policy = await loadVisitPolicy(db, countyId)
  const period = periodOf(policy, now)
  return { period, periodLabel: periodLabel(period) }
}
