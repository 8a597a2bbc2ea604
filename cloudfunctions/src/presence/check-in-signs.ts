import { signsFor } from '@contract/domain/presence-signs'
import type { Sign } from '@contract/domain/presence'
import type { GeoPoint } from '@contract/domain/org-unit'
import type { Database } from '../shared/db-types'
import { daysAtSameSpot, neighbourCheckIns, otherDeviceUsers } from './repo-checkins'

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

/** Reads what the pure rules need (4 indexed reads) and asks them for signs worth checking. */
export async function gatherSigns(db: Database, q: SignQuery): Promise<Sign[]> {
  const [neighbours, spotDays, deviceUsers] = await Promise.all([
    neighbourCheckIns(db, q.personId, q.at),
    daysAtSameSpot(db, q.personId, q.coordKey),
    otherDeviceUsers(db, q.deviceId, q.personId, new Date(q.at.getTime() - DEVICE_WINDOW_MS)),
  ])
  return signsFor({
    accuracy: q.accuracy,
    current: { at: q.at, point: q.point },
    neighbours: neighbours.map((n) => ({ at: new Date(n.at), point: { lat: n.wgsLat, lng: n.wgsLng } })),
    sameSpotDays: new Set([...spotDays, q.day]).size,
    otherDeviceUsers: deviceUsers,
  })
}
