import type { Database } from './db-types'
import { HOUSEHOLDS, type HouseholdDoc, type HouseholdIncome } from './households'

/** Keeps a visit's 人均纯收入 on the household unless a later visit already recorded one. */
export async function noteHouseholdIncome(
  db: Database,
  household: Pick<HouseholdDoc, '_id' | 'income'>,
  income: HouseholdIncome,
): Promise<boolean> {
  const known = household.income
  if (known && new Date(known.at).getTime() > income.at.getTime()) return false
  await db.collection(HOUSEHOLDS).doc(household._id).update({ data: { income } })
  return true
}

/** Replaces the household's noted income (a corrected visit's figure was cleared): the previous one, or none. */
export async function setHouseholdIncome(
  db: Database,
  id: string,
  income: HouseholdIncome | null,
): Promise<void> {
  await db.collection(HOUSEHOLDS).doc(id).update({ data: { income } })
}

export interface HouseholdIncomeLine {
  _id: string
  villageId: string
  income?: HouseholdIncome | null
}

/** The latest recorded income of each household of some villages (the village index, 1,000 a read). */
export async function incomesOfVillages(
  db: Database,
  villageIds: readonly string[],
): Promise<HouseholdIncomeLine[]> {
  const _ = db.command
  const out: HouseholdIncomeLine[] = []
  for (let i = 0; i < villageIds.length; i += 50) {
    for (let offset = 0; ; offset += 1000) {
      const res = await db
        .collection(HOUSEHOLDS)
        .where({ villageId: _.in(villageIds.slice(i, i + 50)) })
        .orderBy('_id', 'asc')
        .skip(offset)
        .limit(1000)
        .field({ _id: true, villageId: true, income: true })
        .get<HouseholdIncomeLine>()
      out.push(...res.data)
      if (res.data.length < 1000) break
    }
  }
  return out
}
