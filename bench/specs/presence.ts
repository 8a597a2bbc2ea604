import type { LocalCloud } from '../../emulator/local-cloud'
import { type Cadre, checkInCall } from './check-in-calls'
import type { BenchSpec } from './types'

let pool: Cadre[] | null = null

/** Pairing cadres have no seeded presence, so each (cadre, day, half-day) is a first, counted record. */
export function cadrePool(cloud: LocalCloud): Cadre[] {
  if (pool) return pool
  const villages = new Map(
    cloud.db
      .find('org_units', { level: 'village' })
      .map((v) => [String(v._id), v.center as { coordinates: [number, number] }]),
  )
  pool = cloud.db
    .find('people', { 'roles.role': 'pairing_cadre', openid: { $type: 'string' } })
    .filter((p) => String(p.openid).startsWith('demo-p'))
    .map((p) => {
      const c = villages.get(String(p.homeUnitId))!.coordinates
      return { openid: String(p.openid), lat: c[1], lng: c[0] }
    })
  return pool
}

export const presenceSpecs: BenchSpec[] = [
  {
    action: 'presence.checkIn',
    openid: 'demo-p (a different pairing cadre each call)',
    caller: (i, cloud) => checkInCall(cadrePool(cloud), i).openid,
    input: (i, cloud) => checkInCall(cadrePool(cloud), i).input,
    targetP95Ms: 15,
  },
  { action: 'presence.getToday', openid: 'demo-township', input: () => ({}), targetP95Ms: 30 },
  {
    action: 'presence.getMonth',
    openid: 'demo-secretary',
    input: () => ({ month: '2026-11' }),
    targetP95Ms: 30,
  },
]
