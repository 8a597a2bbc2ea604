import { addDays, dayStart, monthOfDay } from '../../types/domain/presence-time'
import { seedCheckIn, seedPresenceDay } from './presence-docs'
import type { GeneratedOrg } from './generate-org'
import type { SeedDoc } from './jsonl'
import { Prng } from './prng'

/** The demo month ends the day before the tests' pinned "now" (2026-11-20, 09:00 in Shanghai). */
const LAST_DAY = '2026-11-19'
const DAYS = 30

export interface GeneratedPresence {
  presence_checkins: SeedDoc[]
  presence_days: SeedDoc[]
  presence_leaves: SeedDoc[]
  stats_village_month: SeedDoc[]
}

/**
 * A month of check-ins for the resident cadres of the first village, with a returned leave and an
 * approved one, so calendars, today views and exports have something to show.
 */
export function generatePresence(org: GeneratedOrg, seed = 20261120): GeneratedPresence {
  const rng = new Prng(seed)
  const village = org.villages[0]
  const out: GeneratedPresence = {
    presence_checkins: [],
    presence_days: [],
    presence_leaves: [],
    stats_village_month: [],
  }
  if (!village) return out
  const countyId = village.countyId
  const cadres = org.people.filter(
    (p) =>
      p.homeUnitId === village.id &&
      (p.roles as Array<{ role: string }>).some((g) => g.role === 'resident_cadre') &&
      p.openid,
  )
  const stats = new Map<string, { presenceDays: number; checkIns: number }>()
  const leaveDays = new Set<string>()
  const leave = (
    personId: string,
    personName: unknown,
    startDay: string,
    endDay: string,
    status: 'approved' | 'returned',
    type: string,
    reason: string,
  ) => {
    const days = (Date.parse(endDay) - Date.parse(startDay)) / 86400000 + 1
    for (let i = 0; i < days; i++) leaveDays.add(`${personId}_${addDays(startDay, i)}`)
    out.presence_leaves.push({
      _id: `lv-seed-${personId}-${startDay}`,
      personId,
      personName,
      villageId: village.id,
      villageName: village.name,
      townshipId: village.townshipId,
      countyId,
      type,
      startDay,
      endDay,
      days,
      reason,
      status,
      approverLevel: 'township',
      approverUnitId: village.townshipId,
      comment: '同意',
      decidedById: null,
      decidedByName: '乡镇领导',
      decidedAt: dayStart(startDay),
      returnedDay: status === 'returned' ? endDay : null,
      createdAt: dayStart(addDays(startDay, -1)),
    })
  }
  if (cadres[0])
    leave(String(cadres[0]._id), cadres[0].name, '2026-10-26', '2026-10-28', 'returned', 'sick', '感冒就医')
  if (cadres[1])
    leave(
      String(cadres[1]._id),
      cadres[1].name,
      '2026-11-10',
      '2026-11-12',
      'approved',
      'personal',
      '家中有事',
    )
  for (const person of cadres) {
    const personId = String(person._id)
    for (let i = DAYS - 1; i >= 0; i--) {
      const day = addDays(LAST_DAY, -i)
      if (leaveDays.has(`${personId}_${day}`) || rng.chance(0.2)) continue
      const checkIn = seedCheckIn(rng, personId, village, day, 'am')
      out.presence_checkins.push(checkIn)
      out.presence_days.push(seedPresenceDay([checkIn]))
      const month = monthOfDay(day)
      const key = `${village.id}_${month}`
      const s = stats.get(key) ?? { presenceDays: 0, checkIns: 0 }
      stats.set(key, { presenceDays: s.presenceDays + 1, checkIns: s.checkIns + 1 })
    }
  }
  for (const [id, s] of stats)
    out.stats_village_month.push({
      _id: id,
      villageId: village.id,
      townshipId: village.townshipId,
      month: id.slice(-7),
      ...s,
    })
  return out
}
