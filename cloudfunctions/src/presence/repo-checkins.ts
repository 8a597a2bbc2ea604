import type { Database } from '../shared/db-types'
import { isDuplicateKey } from '../shared/db-errors'
import type { CheckInDoc } from './docs'

const CHECKINS = 'presence_checkins'

export async function findCheckInById(db: Database, id: string): Promise<CheckInDoc | null> {
  return (await db.collection(CHECKINS).doc(id).get<CheckInDoc>()).data
}

/** Inserts; returns false when the clientId was already stored (a resend racing the first send). */
export async function insertCheckIn(db: Database, doc: CheckInDoc): Promise<boolean> {
  try {
    await db.collection(CHECKINS).add({ data: { ...doc } })
    return true
  } catch (err) {
    if (isDuplicateKey(err)) return false
    throw err
  }
}

export type SignRow = Pick<CheckInDoc, 'personId' | 'at' | 'day' | 'wgsLat' | 'wgsLng' | 'coordKey' | 'deviceId' | 'accuracy' | 'counted'>

/**
 * In one indexed read, every record the 建议核实 rules look at: the person's own records from
 * `window` before the capture on (its neighbours), the person's records at exactly these coordinates,
 * and other people's records from this device since `deviceSince`.
 */
export async function signEvidence(db: Database, q: { personId: string; at: Date; window: number; coordKey: string; deviceId: string; deviceSince: Date }): Promise<SignRow[]> {
  const _ = db.command
  const res = await db
    .collection(CHECKINS)
    .where(
      _.or([
        // No upper bound: a live capture has nothing after it, and the rules ignore what is further than `window`.
        { personId: q.personId, at: _.gte(new Date(q.at.getTime() - q.window)) },
        { personId: q.personId, coordKey: q.coordKey },
        { deviceId: q.deviceId, at: _.gte(q.deviceSince), personId: _.neq(q.personId) },
      ]),
    )
    .field({ personId: true, at: true, day: true, wgsLat: true, wgsLng: true, coordKey: true, deviceId: true, accuracy: true, counted: true })
    .limit(1000)
    .get<SignRow>()
  return res.data
}
