import { dayStart, monthOfDay } from '../../types/domain/presence-time'
import { coordKey } from '../../types/domain/presence-geo'
import type { SeedDoc } from './jsonl'
import { asRetentionLeftIt, SEED_LAST_RETENTION_RUN } from './aged-check-ins'
import type { Prng } from './prng'

export interface SeedVillage {
  id: string
  townshipId: string
  /** 宛城区 (SEED_COUNTY_ID) when absent. */
  countyId?: string
  lat: number
  lng: number
}

export const SEED_COUNTY_ID = 'u-411302'

/**
 * A counted check-in near the village point, as presence.checkIn stores it and the nightly retention
 * job has left it by the demo's "now" (coarsened past the retention period), and the day record it
 * fills (or adds its afternoon slot to).
 */
export function seedCheckIn(
  rng: Prng,
  personId: string,
  village: SeedVillage,
  day: string,
  slot: 'am' | 'pm',
  /** The retention job's latest night the record has been through. */
  lastRun: Date = SEED_LAST_RETENTION_RUN,
): SeedDoc {
  const minutes = (slot === 'am' ? 8 * 60 : 14 * 60) + rng.int(0, 150)
  const at = new Date(dayStart(day).getTime() + minutes * 60000)
  const lat = village.lat + (rng.next() - 0.5) * 0.002
  const lng = village.lng + (rng.next() - 0.5) * 0.002
  const clientId = `seed-${personId}-${day}-${slot}`
  const distanceM = Math.round(
    Math.hypot(
      (lat - village.lat) * 111195,
      (lng - village.lng) * 111195 * Math.cos((village.lat * Math.PI) / 180),
    ),
  )
  return asRetentionLeftIt(
    {
      _id: `ci-${clientId}`,
      clientId,
      personId,
      villageId: village.id,
      townshipId: village.townshipId,
      countyId: village.countyId ?? SEED_COUNTY_ID,
      day,
      month: monthOfDay(day),
      slot,
      at,
      capturedAt: at,
      receivedAt: at,
      syncedLate: false,
      coordType: 'wgs84',
      lat,
      lng,
      accuracy: rng.int(15, 60),
      wgsLat: lat,
      wgsLng: lng,
      coordKey: coordKey({ lat, lng }),
      distanceM,
      counted: true,
      message: `距村部 ${distanceM} 米，在 500 米范围内，已计入在村`,
      photoFileId: null,
      deviceId: `seed-device-${personId}`,
      signs: [],
      rawFix: true,
    },
    lastRun,
  )
}

export function seedPresenceDay(checkIns: SeedDoc[]): SeedDoc {
  const first = checkIns[0]
  const slots: Record<string, string | null> = { am: null, pm: null }
  for (const c of checkIns) slots[String(c.slot)] = String(c._id)
  return {
    _id: `${first.personId}_${first.day}`,
    personId: first.personId,
    villageId: first.villageId,
    townshipId: first.townshipId,
    countyId: first.countyId,
    day: first.day,
    month: first.month,
    slots,
    counted: true,
    attempts: checkIns.length,
    firstAt: first.at,
    syncedLate: false,
    signs: [],
  }
}
