import type { Database } from '../shared/db-types'
import { getHousehold, type HouseholdDoc } from '../shared/households'
import { noteHouseholdIncome, setHouseholdIncome } from '../shared/household-income'
import type { VisitForm } from '@contract/domain/visit-form'
import { visitsOfHousehold } from './repo-visits'
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

const sameInstant = (a: Date | string, b: Date | string) => new Date(a).getTime() === new Date(b).getTime()

/**
 * A correction of a visit's 人均纯收入 reaches the household only while that visit is its latest with
 * an income: a corrected figure replaces it; a figure cleared falls back to the household's previous
 * visit with one (or none). A correction of an older visit leaves a newer figure alone.
 */
export async function noteCorrectedIncome(
  db: Database,
  visit: Pick<VisitDoc, '_id' | 'householdId' | 'startedAt' | 'villageId'>,
  before: VisitForm,
  after: VisitForm,
): Promise<void> {
  const [was, now] = [before.incomePerCapita ?? 0, after.incomePerCapita ?? 0]
  if (was === now) return
  const household = await getHousehold(db, visit.householdId)
  if (!household) return
  if (now > 0)
    return noteVisitIncome(
      db,
      { form: after, startedAt: visit.startedAt, villageId: visit.villageId },
      household,
    )
  const known = household.income
  if (!known || !sameInstant(known.at, visit.startedAt)) return
  // Newest first; the visit just cleared is skipped, later ones cannot carry an income (it was the latest).
  const previous = (await visitsOfHousehold(db, visit.householdId, 100)).find(
    (v) => v._id !== visit._id && (v.form.incomePerCapita ?? 0) > 0,
  )
  await setHouseholdIncome(
    db,
    household._id,
    previous ? { perCapita: previous.form.incomePerCapita ?? 0, at: new Date(previous.startedAt) } : null,
  )
  await dropVillageMonitoring(db, visit.villageId)
}
