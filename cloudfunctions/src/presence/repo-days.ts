import { mergeSigns } from '@contract/domain/presence-signs'
import { dayCounts } from '@contract/domain/presence-month'
import type { Database } from '../shared/db-types'
import type { CheckInDoc, PresenceDayDoc, WorkLogDoc } from './docs'

const DAYS = 'presence_days'
const LOGS = 'work_logs'

export async function getPresenceDay(db: Database, personId: string, day: string): Promise<PresenceDayDoc | null> {
  const res = await db.collection(DAYS).where({ _id: `${personId}_${day}` }).limit(1).get<PresenceDayDoc>()
  return res.data[0] ?? null
}

/**
 * Folds one stored check-in into the person's day, in a transaction so two check-ins of the same
 * day cannot both believe they made it count. Returns whether the day counts now and counted before.
 */
export async function applyCheckInToDay(db: Database, c: CheckInDoc, checkInsPerDay: 1 | 2): Promise<{ counted: boolean; firstCounts: boolean; slotTaken: boolean }> {
  const id = `${c.personId}_${c.day}`
  return db.runTransaction(async (tx) => {
    const ref = tx.collection(DAYS).doc(id)
    const current = await ref.get<PresenceDayDoc>().then(
      (r) => (r.data && Object.keys(r.data).length > 0 ? r.data : null),
      () => null,
    )
    const slots = { am: current?.slots.am ?? null, pm: current?.slots.pm ?? null }
    const slotTaken = c.counted && slots[c.slot] !== null
    if (c.counted && !slotTaken) slots[c.slot] = c._id
    const filled = (slots.am ? 1 : 0) + (slots.pm ? 1 : 0)
    const wasCounted = current?.counted ?? false
    const counted = wasCounted || dayCounts(filled, checkInsPerDay)
    const next: Omit<PresenceDayDoc, '_id'> = {
      personId: c.personId,
      villageId: c.villageId,
      townshipId: c.townshipId,
      countyId: c.countyId,
      day: c.day,
      month: c.month,
      slots,
      counted,
      attempts: (current?.attempts ?? 0) + 1,
      firstAt: current?.firstAt ?? (counted ? c.at : null),
      syncedLate: (current?.syncedLate ?? false) || c.syncedLate,
      signs: mergeSigns(current?.signs ?? [], c.signs),
    }
    await ref.set({ data: next })
    return { counted, firstCounts: counted && !wasCounted, slotTaken }
  })
}

export async function daysOfPersonMonth(db: Database, personId: string, month: string): Promise<PresenceDayDoc[]> {
  const res = await db.collection(DAYS).where({ personId, month }).limit(31).get<PresenceDayDoc>()
  return res.data
}

/** Every day doc of some villages on one day (today view). */
export async function daysOfVillages(db: Database, villageIds: string[], day: string): Promise<PresenceDayDoc[]> {
  const _ = db.command
  return pageAll<PresenceDayDoc>(db, DAYS, { villageId: _.in(villageIds), day })
}

/** Every day doc of some townships in a month (export). */
export async function daysOfTownshipsMonth(db: Database, townshipIds: string[], month: string): Promise<PresenceDayDoc[]> {
  const _ = db.command
  return pageAll<PresenceDayDoc>(db, DAYS, { townshipId: _.in(townshipIds), month })
}

/** Server reads stop at 1000; page by `_id` order so nothing is skipped or repeated. */
export async function pageAll<T extends object>(db: Database, collection: string, where: Record<string, unknown>, max = 50000): Promise<T[]> {
  const out: T[] = []
  for (let offset = 0; offset < max; offset += 1000) {
    const res = await db.collection(collection).where(where).orderBy('_id', 'asc').skip(offset).limit(1000).get<T>()
    out.push(...res.data)
    if (res.data.length < 1000) break
  }
  return out
}

export async function saveWorkLog(db: Database, doc: WorkLogDoc): Promise<void> {
  const { _id, ...data } = doc
  await db.collection(LOGS).doc(_id).set({ data })
}

export async function getWorkLog(db: Database, personId: string, day: string): Promise<WorkLogDoc | null> {
  const res = await db.collection(LOGS).where({ personId, day }).limit(1).get<WorkLogDoc>()
  return res.data[0] ?? null
}

export async function logsOfPersonMonth(db: Database, personId: string, month: string): Promise<WorkLogDoc[]> {
  const _ = db.command
  const res = await db.collection(LOGS).where({ personId, day: _.gte(`${month}-01`).and(_.lte(`${month}-31`)) }).limit(31).get<WorkLogDoc>()
  return res.data
}
