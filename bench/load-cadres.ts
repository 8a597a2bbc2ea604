import type { LocalCloud } from '../emulator/local-cloud'
import { cadresFor, type Cadre } from './specs/check-in-calls'
import { cadrePool } from './specs/presence'

/** A ceiling on what the local cloud answers on this kind of machine: the load run never outruns it. */
export const CEILING_RPS = 6000

/**
 * The HTTP load run's cadres: the seeded pairing cadres, topped up with load-test cadres (pairing
 * cadres of the seeded villages, `demo-load-…`) until every request of a run at CEILING_RPS for
 * `seconds` is a fresh capture under 7 days old. A run then never ends early for want of captures,
 * and none is refused as too old: an error is a real one. Added after the in-process figures.
 */
export function loadPool(cloud: LocalCloud, seconds: number, offset: number): Cadre[] {
  const seeded = cadrePool(cloud)
  const wanted = cadresFor(CEILING_RPS * seconds + offset)
  if (seeded.length >= wanted) return seeded
  const villages = cloud.db
    .find('org_units', { level: 'village' })
    .map((v) => ({ id: String(v._id), c: (v.center as { coordinates: [number, number] }).coordinates }))
  // Shaped like a seeded pairing cadre (phone fields and all), so sign-in reads them as any other person.
  const [template] = cloud.db.find('people', { 'roles.role': 'pairing_cadre' }, { limit: 1 })
  const extra: Cadre[] = []
  const docs: Array<Record<string, unknown>> = []
  for (let i = 0; seeded.length + extra.length < wanted; i++) {
    const village = villages[i % villages.length]
    const openid = `demo-load-${String(i).padStart(6, '0')}`
    docs.push({
      ...template,
      _id: `p-load-${i}`,
      name: `压测干部${i}`,
      roles: [{ role: 'pairing_cadre', unitIds: [village.id] }],
      homeUnitId: village.id,
      openid,
      status: 'active',
    })
    extra.push({ openid, lat: village.c[1], lng: village.c[0] })
  }
  cloud.db.insertMany('people', docs)
  return [...seeded, ...extra]
}
