import type { Database } from '../shared/db-types'
import type { CheckInDoc } from './docs'

const CHECKINS = 'presence_checkins'

export async function findCheckInById(db: Database, id: string): Promise<CheckInDoc | null> {
  const res = await db.collection(CHECKINS).where({ _id: id }).limit(1).get<CheckInDoc>()
  return res.data[0] ?? null
}

/** Inserts; returns false when the clientId was already stored (a resend racing the first send). */
export async function insertCheckIn(db: Database, doc: CheckInDoc): Promise<boolean> {
  try {
    await db.collection(CHECKINS).add({ data: { ...doc } })
    return true
  } catch (err) {
    if (/E11000|duplicate/i.test(String((err as { errMsg?: string; message?: string })?.errMsg ?? (err as Error)?.message ?? err))) return false
    throw err
  }
}

/** The person's records just before and just after an instant (offline sends arrive out of order). */
export async function neighbourCheckIns(db: Database, personId: string, at: Date): Promise<CheckInDoc[]> {
  const _ = db.command
  const fields = { at: true, wgsLat: true, wgsLng: true }
  const [before, after] = await Promise.all([
    db.collection(CHECKINS).where({ personId, at: _.lt(at) }).orderBy('at', 'desc').limit(1).field(fields).get<CheckInDoc>(),
    db.collection(CHECKINS).where({ personId, at: _.gt(at) }).orderBy('at', 'asc').limit(1).field(fields).get<CheckInDoc>(),
  ])
  return [...before.data, ...after.data]
}

/** Distinct days on which the person reported exactly these coordinates. */
export async function daysAtSameSpot(db: Database, personId: string, coordKey: string): Promise<string[]> {
  const res = await db.collection(CHECKINS).where({ personId, coordKey }).field({ day: true }).limit(100).get<Pick<CheckInDoc, 'day'>>()
  return [...new Set(res.data.map((d) => d.day))]
}

/** Other people who checked in with this device since `since`. */
export async function otherDeviceUsers(db: Database, deviceId: string, personId: string, since: Date): Promise<number> {
  const _ = db.command
  const res = await db.collection(CHECKINS).where({ deviceId, at: _.gte(since) }).field({ personId: true }).limit(200).get<Pick<CheckInDoc, 'personId'>>()
  return new Set(res.data.map((d) => d.personId).filter((p) => p !== personId)).size
}
