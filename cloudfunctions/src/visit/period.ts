import { periodLabel, periodOf } from '@contract/domain/visit-period'
import type { Database } from '../shared/db-types'
import { kindPeriodsAt, type KindPeriodNow } from '@contract/domain/kind-coverage'
import { shanghaiMonth } from '@contract/domain/presence-time'
import { kindPeriodsOf, loadVisitPolicy } from '../shared/visit-policy'

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

/** Each household kind's current period in a county (本周期 per kind, as the county set them). */
export async function kindPeriodsNow(db: Database, countyId: string, now: Date): Promise<KindPeriodNow[]> {
  return kindPeriodsAt(kindPeriodsOf(await loadVisitPolicy(db, countyId)), shanghaiMonth(now))
}
