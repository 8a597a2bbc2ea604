import {
  gridPeriodsOver,
  kindPeriodOf,
  visitsInPeriod,
  type GridCoverage,
} from '@contract/domain/kind-periods'
import { periodLabel, periodOfMonth } from '@contract/domain/visit-period'
import { shanghaiMonth } from '@contract/domain/presence-time'
import type { Database } from './db-types'
import { kindOf, type HouseholdDoc } from './households'
import { coverageOf } from './visit-coverage'
import { kindPeriodsOf, loadVisitPolicy } from './visit-policy'

/** Where a household stands in its own 走访周期 (本周期), which its kind and the county's policy set. */
export interface HouseholdDue {
  /** The household's current period; for a kind without a set period, the county's grid period. */
  period: string
  periodLabel: string
  /** Its kind has a set period (一般农户 often have none: visited when needed). */
  required: boolean
  visits: number
  lastVisitAt: Date | null
  /** A period is set and no visit fell in it yet. */
  due: boolean
}

/**
 * 本周期 for each household of one county: 监测对象 monthly, 脱贫户 quarterly and so on, as the county
 * set (kind-periods.ts). Visits come from the coverage kept per grid period, read once per grid
 * period for the households that need it.
 */
export async function householdsDue(
  db: Database,
  countyId: string,
  households: readonly HouseholdDoc[],
  now: Date,
): Promise<Map<string, HouseholdDue>> {
  const policy = await loadVisitPolicy(db, countyId)
  const periods = kindPeriodsOf(policy)
  const month = shanghaiMonth(now)
  const gridNow = periodOfMonth(policy, month)
  const own = new Map(
    households.map((h) => {
      const period = kindPeriodOf(periods, kindOf(h).kind, month)
      return [h._id, { period: period ?? gridNow, required: period !== null }]
    }),
  )
  const wanted = new Map<string, string[]>()
  for (const [id, { period }] of own) {
    // Appended in place: copying the list per household made a county's thousands quadratic.
    for (const grid of gridPeriodsOver(policy, period)) {
      const ids = wanted.get(grid)
      if (ids) ids.push(id)
      else wanted.set(grid, [id])
    }
  }
  const docs = new Map<string, GridCoverage[]>()
  for (const [grid, ids] of wanted) {
    for (const [id, doc] of await coverageOf(db, ids, grid)) docs.set(id, [...(docs.get(id) ?? []), doc])
  }
  const out = new Map<string, HouseholdDue>()
  for (const [id, { period, required }] of own) {
    const seen = visitsInPeriod(period, docs.get(id) ?? [])
    const label = required ? periodLabel(period) : `${periodLabel(period)}（不定期走访）`
    out.set(id, { period, periodLabel: label, required, ...seen, due: required && seen.visits === 0 })
  }
  return out
}
