import { coverageDelta, parsePeriod } from '@contract/domain/visit-period'
import { kindPeriodOf, type KindPeriods } from '@contract/domain/kind-periods'
import { kindVisitedField, type KindVisitedField } from '@contract/domain/kind-coverage'
import type { HouseholdKind } from '@contract/domain/monitoring'
import type { Database } from '../shared/db-types'
import { bumpStats } from '../shared/stats'
import type { VisitDoc } from './docs'
import { bumpCoverage } from '../shared/visit-coverage'
import { VISITS } from '../shared/visits'

/** The household's kind and its county's periods per kind, when the visit is counted. */
export interface KindAtVisit {
  kind: HouseholdKind
  periods: KindPeriods
}

/**
 * Counts a stored visit once: the household's coverage doc for the period, then the village's
 * monthly counters (`visitedHouseholds` only when the household's count goes 0 → 1), then the same
 * for its kind's own period (本周期, e.g. a 脱贫户's quarter), whose counter sits on the month the
 * period starts. Corrections never come here, so they never count again.
 */
export async function countVisit(db: Database, visit: VisitDoc, own: KindAtVisit): Promise<boolean> {
  const base = {
    householdId: visit.householdId,
    villageId: visit.villageId,
    townshipId: visit.townshipId,
    lastVisitAt: visit.startedAt,
  }
  const before = await bumpCoverage(db, { ...base, period: visit.period }, visit._id)
  if (before !== null) {
    await bumpStats(
      db,
      'stats_village_month',
      `${visit.villageId}_${visit.month}`,
      { villageId: visit.villageId, townshipId: visit.townshipId, month: visit.month },
      coverageDelta(before),
    )
  }
  const period = kindPeriodOf(own.periods, own.kind, visit.month)
  if (period) {
    // The same coverage doc when the kind's period is the county grid's; else one of its own.
    const kindBefore =
      period === visit.period ? before : await bumpCoverage(db, { ...base, period }, visit._id)
    const { start, months } = parsePeriod(period)
    const deltas: Partial<Record<KindVisitedField, number>> = {}
    deltas[kindVisitedField(own.kind, months)] = 1
    if (kindBefore === 0)
      await bumpStats(
        db,
        'stats_village_month',
        `${visit.villageId}_${start}`,
        { villageId: visit.villageId, townshipId: visit.townshipId, month: start },
        deltas,
      )
  }
  await db
    .collection(VISITS)
    .doc(visit._id)
    .update({ data: { counted: true } })
  return before === 0
}
