import type { Sign } from '@contract/domain/presence'
import type { Database } from './db-types'
import { pageAll } from './paging'

/** The presence function writes the days (presence/repo-days.ts); the reminders and the report read them here. */
export const PRESENCE_DAYS = 'presence_days'
const DAYS = PRESENCE_DAYS

/** One per person per day, `${personId}_${day}`: what calendars, today views and exports read. */
export interface PresenceDayDoc {
  _id: string
  personId: string
  villageId: string
  townshipId: string
  countyId: string
  day: string
  month: string
  slots: { am: string | null; pm: string | null }
  counted: boolean
  attempts: number
  firstAt: Date | null
  syncedLate: boolean
  signs: Sign[]
  /** The person's own explanation of the day's signs (absent on days stored before explanations). */
  signNote?: { text: string; at: Date } | null
  /** A person in scope looked at the signs; only kept ones reach the monthly record. */
  signReview?: { kept: boolean; comment: string; byId: string; byName: string; at: Date } | null
}

/** The signs a monthly record may show: only those a person looked at and kept. */
export function reviewedSigns(d: Pick<PresenceDayDoc, 'signs' | 'signReview'>): PresenceDayDoc['signs'] {
  return d.signReview?.kept ? d.signs : []
}

export async function getPresenceDay(
  db: Database,
  personId: string,
  day: string,
): Promise<PresenceDayDoc | null> {
  return (await db.collection(DAYS).doc(`${personId}_${day}`).get<PresenceDayDoc>()).data
}

export async function daysOfPersonMonth(
  db: Database,
  personId: string,
  month: string,
): Promise<PresenceDayDoc[]> {
  const res = await db.collection(DAYS).where({ personId, month }).limit(31).get<PresenceDayDoc>()
  return res.data
}

/** Every day doc of some villages on one day (today view). */
export async function daysOfVillages(
  db: Database,
  villageIds: string[],
  day: string,
): Promise<PresenceDayDoc[]> {
  const _ = db.command
  return pageAll<PresenceDayDoc>(db, DAYS, { villageId: _.in(villageIds), day })
}

/** Every day doc of some townships in a month (export). */
export async function daysOfTownshipsMonth(
  db: Database,
  townshipIds: string[],
  month: string,
): Promise<PresenceDayDoc[]> {
  const _ = db.command
  return pageAll<PresenceDayDoc>(db, DAYS, { townshipId: _.in(townshipIds), month })
}

/** Every day doc of some villages from a day on (who was present this week, for the reminders). */
export async function daysOfVillagesFrom(
  db: Database,
  villageIds: readonly string[],
  fromDay: string,
): Promise<PresenceDayDoc[]> {
  const _ = db.command
  return pageAll<PresenceDayDoc>(db, DAYS, { villageId: _.in([...villageIds]), day: _.gte(fromDay) })
}

/** Days of some people in a year whose signs a person looked at and kept (the 年度考核's facts). */
export async function keptSignDaysOfPeople(
  db: Database,
  personIds: readonly string[],
  year: number,
): Promise<PresenceDayDoc[]> {
  const _ = db.command
  const unique = [...new Set(personIds)]
  const out: PresenceDayDoc[] = []
  for (let i = 0; i < unique.length; i += 100)
    out.push(
      ...(await pageAll<PresenceDayDoc>(db, DAYS, {
        personId: _.in(unique.slice(i, i + 100)),
        month: _.gte(`${year}-01`).and(_.lte(`${year}-12`)),
        signReview: { kept: true },
      })),
    )
  return out
}
