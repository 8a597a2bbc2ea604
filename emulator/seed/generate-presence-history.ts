import { addDays } from '../../types/domain/presence-time'
import type { GeneratedOrg } from './generate-org'
import type { SeedDoc } from './jsonl'
import { Prng } from './prng'
import { seedCheckIn, seedPresenceDay } from './presence-docs'

const PRESENT_ROLES = new Set(['resident_cadre', 'village_cadre'])

/**
 * A year of presence for every village of the county (benchmark scale): the resident and village
 * cadres record most days, some also in the afternoon — over 200,000 check-ins. Days up to
 * `lastDay`; the villages whose demo month generatePresence builds are skipped, so ids never clash.
 */
export function generatePresenceHistory(
  org: GeneratedOrg,
  lastDay: string,
  skipVillageIds: string[],
  days = 365,
  seed = 20251120,
): { presence_checkins: SeedDoc[]; presence_days: SeedDoc[] } {
  const rng = new Prng(seed)
  const checkIns: SeedDoc[] = []
  const dayDocs: SeedDoc[] = []
  const villages = new Map(org.villages.map((v) => [v.id, v]))
  for (const person of org.people) {
    const village = villages.get(String(person.homeUnitId))
    const roles = person.roles as Array<{ role: string }>
    if (!village || skipVillageIds.includes(village.id) || !roles.some((g) => PRESENT_ROLES.has(g.role)))
      continue
    const personId = String(person._id)
    for (let i = days - 1; i >= 0; i--) {
      if (rng.chance(0.1)) continue
      const day = addDays(lastDay, -i)
      const today = [seedCheckIn(rng, personId, village, day, 'am')]
      if (rng.chance(0.4)) today.push(seedCheckIn(rng, personId, village, day, 'pm'))
      checkIns.push(...today)
      dayDocs.push(seedPresenceDay(today))
    }
  }
  return { presence_checkins: checkIns, presence_days: dayDocs }
}
