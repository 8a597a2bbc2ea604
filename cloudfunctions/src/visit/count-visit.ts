import { coverageDelta } from '@contract/domain/visit-period'
import type { Database } from '../shared/db-types'
import { bumpStats } from '../shared/stats'
import type { VisitDoc } from './docs'
import { bumpCoverage } from '../shared/visit-coverage'
import { VISITS } from '../shared/visits'

/**
 * Counts a stored visit once: the household's coverage doc for the period, then the village's
 * monthly counters (`visitedHouseholds` only when the household's count goes 0 → 1). Corrections
 * never come here, so they never count again.
 */
export async function countVisit(db: Database, visit: VisitDoc): Promise<boolean> {
  const before = await bumpCoverage(
    db,
    {
      householdId: visit.householdId,
      villageId: visit.villageId,
      townshipId: visit.townshipId,
      period: visit.period,
      lastVisitAt: visit.startedAt,
    },
    visit._id,
  )
  if (before !== null) {
    await bumpStats(
      db,
      'stats_village_month',
      `${visit.villageId}_${visit.month}`,
      { villageId: visit.villageId, townshipId: visit.townshipId, month: visit.month },
      coverageDelta(before),
    )
  }
  await db
    .collection(VISITS)
    .doc(visit._id)
    .update({ data: { counted: true } })
  return before === 0
}
