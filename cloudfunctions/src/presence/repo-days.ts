import { mergeSigns } from '@contract/domain/presence-signs'
import { dayCounts } from '@contract/domain/presence-month'
import { AppError } from '@contract/errors'
import type { Database } from '../shared/db-types'
import { isDuplicateKey } from '../shared/db-errors'
import type { CheckInDoc, PresenceDayDoc, WorkLogDoc } from './docs'
import { getPresenceDay, PRESENCE_DAYS as DAYS } from '../shared/presence-days'

const LOGS = 'work_logs'

/** The day after folding one stored check-in into it (`attempts` doubles as the doc's version). */
function foldCheckIn(
  current: PresenceDayDoc | null,
  c: CheckInDoc,
  checkInsPerDay: 1 | 2,
): Omit<PresenceDayDoc, '_id'> {
  const slots = { am: current?.slots.am ?? null, pm: current?.slots.pm ?? null }
  if (c.counted && slots[c.slot] === null) slots[c.slot] = c._id
  const filled = (slots.am ? 1 : 0) + (slots.pm ? 1 : 0)
  const counted = (current?.counted ?? false) || dayCounts(filled, checkInsPerDay)
  return {
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
}

const DAY_WRITE_ATTEMPTS = 8

/**
 * Folds one stored check-in into the person's day so that two check-ins of the same day cannot both
 * believe they made it count: a new day is created under its fixed id (a racing creator fails on the
 * duplicate id), an existing one is replaced only if its `attempts` is still what was read (compare
 * and set); a loser re-reads and folds again. `current` is the day as the caller already read it.
 * Returns whether the day counts now and whether this check-in made it count.
 */
export async function applyCheckInToDay(
  db: Database,
  c: CheckInDoc,
  checkInsPerDay: 1 | 2,
  current: PresenceDayDoc | null,
): Promise<{ counted: boolean; firstCounts: boolean }> {
  const id = `${c.personId}_${c.day}`
  let seen = current
  for (let attempt = 1; attempt <= DAY_WRITE_ATTEMPTS; attempt++) {
    const next = foldCheckIn(seen, c, checkInsPerDay)
    const outcome = { counted: next.counted, firstCounts: next.counted && !(seen?.counted ?? false) }
    if (!seen) {
      try {
        await db.collection(DAYS).add({ data: { _id: id, ...next } })
        return outcome
      } catch (err) {
        if (!isDuplicateKey(err)) throw err
      }
    } else {
      const res = await db.collection(DAYS).where({ _id: id, attempts: seen.attempts }).update({ data: next })
      if (res.stats.updated > 0) return outcome
    }
    seen = await getPresenceDay(db, c.personId, c.day)
  }
  throw new AppError('conflict', '当天的在村记录正被同时更新，请稍后重试')
}

/** Sets the note or the review of an existing day; false when the day is not there. */
export async function annotateDay(
  db: Database,
  id: string,
  data: Pick<PresenceDayDoc, 'signNote'> | Pick<PresenceDayDoc, 'signReview'>,
): Promise<boolean> {
  const res = await db
    .collection(DAYS)
    .doc(id)
    .update({ data: { ...data } })
  return res.stats.updated > 0
}

export async function saveWorkLog(db: Database, doc: WorkLogDoc): Promise<void> {
  const { _id, ...data } = doc
  await db.collection(LOGS).doc(_id).set({ data })
}

export async function getWorkLog(db: Database, personId: string, day: string): Promise<WorkLogDoc | null> {
  const res = await db.collection(LOGS).where({ personId, day }).limit(1).get<WorkLogDoc>()
  return res.data[0] ?? null
}

export async function logsOfPersonMonth(
  db: Database,
  personId: string,
  month: string,
): Promise<WorkLogDoc[]> {
  const _ = db.command
  const res = await db
    .collection(LOGS)
    .where({ personId, day: _.gte(`${month}-01`).and(_.lte(`${month}-31`)) })
    .limit(31)
    .get<WorkLogDoc>()
  return res.data
}
