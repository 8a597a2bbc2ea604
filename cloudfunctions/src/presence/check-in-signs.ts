import { NEIGHBOUR_WINDOW_MS, signsFor } from '@contract/domain/presence-signs'
import type { Sign } from '@contract/domain/presence'
import type { GeoPoint } from '@contract/domain/org-unit'
import type { Database } from '../shared/db-types'
import { signEvidence, type SignRow } from './repo-checkins'

const DEVICE_WINDOW_MS = 30 * 24 * 60 * 60 * 1000

export interface SignQuery {
  personId: string
  day: string
  at: Date
  point: GeoPoint
  coordKey: string
  accuracy: number
  deviceId: string
}

/** The person's nearest record strictly before and strictly after the capture. */
function neighbours(own: SignRow[], at: number): SignRow[] {
  let before: SignRow | undefined
  let after: SignRow | undefined
  for (const r of own) {
    const t = new Date(r.at).getTime()
    if (t < at && (!before || t > new Date(before.at).getTime())) before = r
    if (t > at && (!after || t < new Date(after.at).getTime())) after = r
  }
  return [before, after].filter((r): r is SignRow => r !== undefined)
}

/** Reads what the pure rules need (one indexed read) and asks them for signs worth checking. */
export async function gatherSigns(db: Database, q: SignQuery): Promise<Sign[]> {
  const at = q.at.getTime()
  const deviceSince = new Date(at - DEVICE_WINDOW_MS)
  const rows = await signEvidence(db, {
    personId: q.personId,
    at: q.at,
    window: NEIGHBOUR_WINDOW_MS,
    coordKey: q.coordKey,
    deviceId: q.deviceId,
    deviceSince,
  })
  // Only counted fixes are records of presence; a refused attempt feeds no sign (older rows lack the field).
  const counted = rows.filter((r) => r.counted !== false)
  const own = counted.filter((r) => r.personId === q.personId)
  const inWindow = own.filter((r) => Math.abs(new Date(r.at).getTime() - at) <= NEIGHBOUR_WINDOW_MS)
  const spotDays = own.filter((r) => r.coordKey === q.coordKey).map((r) => r.day)
  const deviceUsers = new Set(
    counted
      .filter(
        (r) =>
          r.personId !== q.personId &&
          r.deviceId === q.deviceId &&
          new Date(r.at).getTime() >= deviceSince.getTime(),
      )
      .map((r) => r.personId),
  )
  return signsFor({
    accuracy: q.accuracy,
    current: { at: q.at, point: q.point, accuracy: q.accuracy },
    neighbours: neighbours(inWindow, at).map((n) => ({
      at: new Date(n.at),
      point: { lat: n.wgsLat, lng: n.wgsLng },
      accuracy: n.accuracy,
    })),
    sameSpotDays: new Set([...spotDays, q.day]).size,
    otherDeviceUsers: deviceUsers.size,
  })
}
