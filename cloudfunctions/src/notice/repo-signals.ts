import { addDays, shanghaiDay } from '@contract/domain/presence-time'
import { DEFAULT_KIND_PERIODS } from '@contract/domain/kind-periods'
import type { Database } from '../shared/db-types'
import type { HouseholdDoc } from '../shared/docs'
import { daysOfVillagesFrom } from '../shared/presence-days'
import { DUE_FIELDS, householdsOfVillages, kindOf } from '../shared/households'
import { householdsDue } from '../shared/household-due'
import { placeOfVillagePath } from '../shared/org-tree'
import { openItemsOfVillages } from '../shared/rectify-items-open'

/**
 * What the reminders and the 催办 filters look at, read from the collections other functions own
 * (presence, rectify, households and visits), always through their indexes.
 */

/** Monday of the Shanghai week of `now`. */
export function weekStart(now: Date): string {
  const day = shanghaiDay(now)
  const weekday = (new Date(`${day}T00:00:00.000Z`).getUTCDay() + 6) % 7
  return addDays(day, -weekday)
}

/** People with a counted presence record in these villages from `fromDay` to today. */
export async function presentSince(
  db: Database,
  villageIds: readonly string[],
  fromDay: string,
): Promise<Set<string>> {
  if (villageIds.length === 0) return new Set()
  const days = await daysOfVillagesFrom(db, villageIds, fromDay)
  return new Set(days.filter((d) => d.counted).map((d) => d.personId))
}

/** Per person: how many things are owed, and in which village (for the recipient list). */
export type Tally = Map<string, { count: number; villageId: string }>

function bump(map: Tally, personId: string, villageId: string): void {
  const cur = map.get(personId)
  map.set(personId, { count: (cur?.count ?? 0) + 1, villageId: cur?.villageId ?? villageId })
}

/** Overdue open rectification items in these villages, counted per responsible person. */
export async function overdueByPerson(
  db: Database,
  villageIds: readonly string[],
  now: Date,
): Promise<Tally> {
  const map: Tally = new Map()
  if (villageIds.length === 0) return map
  const items = await openItemsOfVillages(db, villageIds)
  for (const item of items)
    if (new Date(item.deadlineAt).getTime() < now.getTime())
      bump(map, item.responsiblePersonId, item.villageId)
  return map
}

function missingCollection(err: unknown): boolean {
  return /COLLECTION_NOT_EXIST|-502005/.test(String((err as { message?: unknown })?.message ?? err))
}

/**
 * Households due a visit in their own 本周期 (监测对象 monthly, 脱贫户 quarterly, ... as the county set):
 * the visit function keeps one `visit_coverage` doc per household and grid period. Where the
 * collections do not exist yet, nobody has been visited and every household with a period is due.
 */
async function dueHouseholds(
  db: Database,
  households: readonly HouseholdDoc[],
  now: Date,
): Promise<Set<string>> {
  const due = new Set<string>()
  if (households.length === 0) return due
  const path = households[0].unitPath
  try {
    for (const [id, d] of await householdsDue(
      db,
      placeOfVillagePath(path).countyId ?? path[0],
      households,
      now,
    ))
      if (d.due) due.add(id)
  } catch (err) {
    if (!missingCollection(err)) throw err
    const periods = DEFAULT_KIND_PERIODS
    for (const h of households) if (periods[kindOf(h).kind] !== 0) due.add(h._id)
  }
  return due
}

/** Paired households of these villages not visited this period, counted per pairing cadre. */
export async function unvisitedByCadre(
  db: Database,
  villageIds: readonly string[],
  now: Date,
): Promise<Tally> {
  const map: Tally = new Map()
  if (villageIds.length === 0) return map
  const households = await householdsOfVillages(db, villageIds, DUE_FIELDS)
  const due = await dueHouseholds(db, households, now)
  for (const h of households) {
    if (!due.has(h._id)) continue
    for (const cadreId of h.pairingCadreIds) bump(map, cadreId, h.villageId)
  }
  return map
}
