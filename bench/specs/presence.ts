import type { LocalCloud } from '../../emulator/local-cloud'
import type { BenchSpec } from './types'

interface Cadre {
  openid: string
  lat: number
  lng: number
}

let pool: Cadre[] | null = null

/** Pairing cadres have no seeded presence, so each (cadre, day, half-day) is a first, counted record. */
function cadres(cloud: LocalCloud): Cadre[] {
  if (pool) return pool
  const villages = new Map(cloud.db.find('org_units', { level: 'village' }).map((v) => [String(v._id), v.center as { coordinates: [number, number] }]))
  pool = cloud.db
    .find('people', { 'roles.role': 'pairing_cadre', openid: { $type: 'string' } })
    .filter((p) => String(p.openid).startsWith('demo-p'))
    .map((p) => {
      const c = villages.get(String(p.homeUnitId))!.coordinates
      return { openid: String(p.openid), lat: c[1], lng: c[0] }
    })
  return pool
}

const HALF_DAY = 12 * 3600_000

/**
 * The i-th check-in: a cadre at their village point, captured i-th half-day back (an offline capture
 * keeps its device time), so no two calls claim the same slot and every one is a real write.
 */
export function checkInCall(cloud: LocalCloud, i: number): { openid: string; input: Record<string, unknown> } {
  const all = cadres(cloud)
  const cadre = all[i % all.length]
  const slotsBack = 1 + Math.floor(i / all.length)
  const capturedAt = new Date(Date.now() - slotsBack * HALF_DAY).toISOString()
  return {
    openid: cadre.openid,
    input: { clientId: `bench-${i}-${slotsBack}`, lat: cadre.lat, lng: cadre.lng, accuracy: 20, coordType: 'wgs84', capturedAt, deviceId: `bench-dev-${cadre.openid}` },
  }
}

export const presenceSpecs: BenchSpec[] = [
  {
    action: 'presence.checkIn',
    openid: 'demo-p (a different pairing cadre each call)',
    caller: (i, cloud) => checkInCall(cloud, i).openid,
    input: (i, cloud) => checkInCall(cloud, i).input,
    targetP95Ms: 15,
  },
  { action: 'presence.getToday', openid: 'demo-township', input: () => ({}), targetP95Ms: 30 },
  { action: 'presence.getMonth', openid: 'demo-secretary', input: () => ({ month: '2026-11' }), targetP95Ms: 30 },
]
