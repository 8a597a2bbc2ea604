import { randomUUID } from 'node:crypto'
import { wgs84ToGcj02 } from '../../../types/domain/presence-geo'
import type { RunningCloud } from '../../helpers/local-cloud'

/** The tests' pinned clock: 09:00 on 2026-11-20 in Shanghai (上午). */
export const NOW = '2026-11-20T01:00:00.000Z'
export const FIRST_VILLAGE = 'u-411302100200'
export const FIRST_TOWNSHIP = 'u-411302100'

export interface Village {
  id: string
  lat: number
  lng: number
}

export function village(run: RunningCloud, id = FIRST_VILLAGE): Village {
  const [doc] = run.cloud.db.find('org_units', { _id: id }) as Array<{
    center: { coordinates: [number, number] }
  }>
  return { id, lng: doc.center.coordinates[0], lat: doc.center.coordinates[1] }
}

export function personIdOf(run: RunningCloud, openid: string): string {
  const [doc] = run.cloud.db.find('people', { openid }) as Array<{ _id: string }>
  return doc._id
}

/** A point `metres` north of the village point, as WeChat reports it (gcj02) unless told otherwise. */
export function fixNear(
  v: Village,
  metres: number,
  opts: { coordType?: 'gcj02' | 'wgs84'; accuracy?: number; capturedAt?: string; deviceId?: string } = {},
) {
  const wgs = { lat: v.lat + metres / 111195, lng: v.lng }
  const coordType = opts.coordType ?? 'gcj02'
  const p = coordType === 'gcj02' ? wgs84ToGcj02(wgs) : wgs
  return {
    clientId: randomUUID(),
    lat: p.lat,
    lng: p.lng,
    accuracy: opts.accuracy ?? 20,
    coordType,
    capturedAt: opts.capturedAt ?? NOW,
    deviceId: opts.deviceId ?? `dev-${randomUUID()}`,
  }
}

export { ok, fail, type Ok, type Fail } from '../../helpers/envelope'
