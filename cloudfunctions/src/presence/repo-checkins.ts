import type { Database } from '../shared/db-types'
import { isDuplicateKey } from '../shared/db-errors'
import { RAW_FIX_FIELDS, type CheckInDoc, type StoredCheckInDoc } from './docs'

const CHECKINS = 'presence_checkins'

export async function findCheckInById(db: Database, id: string): Promise<StoredCheckInDoc | null> {
  return (await db.collection(CHECKINS).doc(id).get<StoredCheckInDoc>()).data
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

export type SignRow = Pick<
  CheckInDoc,
  'personId' | 'at' | 'day' | 'wgsLat' | 'wgsLng' | 'coordKey' | 'deviceId' | 'accuracy' | 'counted'
>

/**
 * In one indexed read, every record the 建议核实 rules look at: the person's own records from
 * `window` before the capture on (its neighbours), the person's records at exactly these coordinates,
 * and other people's records from this device since `deviceSince`.
 */
export async function signEvidence(
  db: Database,
  q: { personId: string; at: Date; window: number; coordKey: string; deviceId: string; deviceSince: Date },
): Promise<SignRow[]> {
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
    .field({
      personId: true,
      at: true,
      day: true,
      wgsLat: true,
      wgsLng: true,
      coordKey: true,
      deviceId: true,
      accuracy: true,
      counted: true,
    })
    .limit(1000)
    .get<SignRow>()
  return res.data
}

/**
 * Coarsens up to `limit` of the county's records captured before `before` that still carry raw
 * coordinates: the verdict, distance, message and signs stay. Returns how many it coarsened; a record
 * once coarsened loses its `rawFix` marker and is never read again (the index `county_raw_at` holds
 * only marked records), so a run reads what still needs work and a cut-off run continues next time.
 */
export async function coarsenOldCheckIns(
  db: Database,
  countyId: string,
  before: Date,
  now: Date,
  limit: number,
  from: Date | null = null,
): Promise<{ coarsened: number; lastAt: Date | null }> {
  const _ = db.command
  // From where the last batch stopped: the records before it are done and need not be examined again.
  const at = from ? _.gte(from).and(_.lt(before)) : _.lt(before)
  const res = await db
    .collection(CHECKINS)
    .where({ countyId, rawFix: true, at })
    .orderBy('at', 'asc')
    .field({ _id: true, at: true })
    .limit(limit)
    .get<{ _id: string; at: Date }>()
  if (res.data.length === 0) return { coarsened: 0, lastAt: null }
  const erase = Object.fromEntries(RAW_FIX_FIELDS.map((f) => [f, _.remove()]))
  const done = await db
    .collection(CHECKINS)
    .where({ _id: _.in(res.data.map((d) => d._id)), rawFix: true })
    .update({ data: { ...erase, coarsenedAt: now } })
  return { coarsened: done.stats.updated, lastAt: new Date(res.data[res.data.length - 1].at) }
}
