import type { Database } from '../shared/db-types'
import { noteHouseholdIncome, type HouseholdDoc } from '../shared/households'
import { dropVillageMonitoring } from '../shared/stats'
import type { VisitDoc } from './docs'

/**
 * Keeps the 人均纯收入 a visit recorded on its household (the latest visit wins) and drops the village's
 * monitoring summary, so "below the line without a measure" is recounted on the next dashboard read.
 * 0 is the blank form's value, not a finding: it is left out.
 */
export async function noteVisitIncome(
  db: Database,
  visit: Pick<VisitDoc, 'form' | 'startedAt' | 'villageId'>,
  household: Pick<HouseholdDoc, '_id' | 'income'>,
): Promise<void> {
  const perCapita = visit.form.incomePerCapita ?? 0
  if (perCapita <= 0) return
  if (await noteHouseholdIncome(db, household, { perCapita, at: new Date(visit.startedAt) }))
    await dropVillageMonitoring(db, visit.villageId)
}
