import type { GeoPoint } from './org-unit'
import { haversineM } from './presence-geo'
import type { Sign } from './presence'

/** Faster than a car on a county road between two records of the same person. */
export const MAX_PLAUSIBLE_KMH = 120
/** Below this, a "jump" is GPS jitter, whatever the time between fixes. */
const MIN_JUMP_M = 1000
/**
 * Neighbours are looked for within 2 days of a capture: further apart, two fixes would have to be
 * over 5,760 km apart to exceed MAX_PLAUSIBLE_KMH, more than any two places in China.
 */
export const NEIGHBOUR_WINDOW_MS = 2 * 24 * 3600_000
/** The same coordinates to the metre on this many different days is what a replayed fix looks like. */
export const SAME_SPOT_DAYS = 3

export interface Fix {
  at: Date
  point: GeoPoint
  /** The receiver's own accuracy radius in metres (absent: taken as exact). */
  accuracy?: number
}

/**
 * The least distance two fixes can truly be apart: each may be anywhere within its own accuracy
 * radius, so a poor fix never makes an honest trip look impossibly fast.
 */
export function leastDistanceM(a: Fix, b: Fix): number {
  return Math.max(
    0,
    haversineM(a.point, b.point) - Math.max(0, a.accuracy ?? 0) - Math.max(0, b.accuracy ?? 0),
  )
}

/** km/h between two fixes, over the least distance they allow; Infinity when they share an instant but not a place. */
export function speedKmh(a: Fix, b: Fix): number {
  const metres = leastDistanceM(a, b)
  const hours = Math.abs(b.at.getTime() - a.at.getTime()) / 3_600_000
  if (hours === 0) return metres > 0 ? Infinity : 0
  return metres / 1000 / hours
}

/**
 * What the rules read. Callers pass counted fixes only (inside the fence, with any photo the county
 * requires): a refused attempt is not a record of presence and must not make another look odd.
 */
export interface SignInputs {
  accuracy: number
  current: Fix
  /** The same person's nearest records before and after this one within NEIGHBOUR_WINDOW_MS (offline sync can arrive out of order). */
  neighbours: Fix[]
  /** Distinct days (this one included) on which this person reported exactly these coordinates. */
  sameSpotDays: number
  /** Distinct other people who used this device recently. */
  otherDeviceUsers: number
}

/** Signs worth checking for one check-in, each with a plain reason. */
export function signsFor(input: SignInputs): Sign[] {
  const signs: Sign[] = []
  // Real receivers never report a perfect fix; mock-location apps commonly do.
  if (input.accuracy === 0)
    signs.push({ kind: 'accuracy_zero', reason: '定位精度报告为 0 米，常见于模拟定位软件' })
  if (input.sameSpotDays >= SAME_SPOT_DAYS) {
    signs.push({ kind: 'same_spot', reason: `${input.sameSpotDays} 天的签到坐标精确到米完全相同` })
  }
  for (const other of input.neighbours) {
    const metres = leastDistanceM(other, input.current)
    const kmh = speedKmh(other, input.current)
    if (metres >= MIN_JUMP_M && kmh > MAX_PLAUSIBLE_KMH) {
      const speed = Number.isFinite(kmh) ? `约 ${Math.round(kmh)} 公里/小时` : '同一时刻'
      signs.push({
        kind: 'too_fast',
        reason: `与相邻一次签到相距 ${(metres / 1000).toFixed(1)} 公里，${speed}，超过 ${MAX_PLAUSIBLE_KMH} 公里/小时`,
      })
      break
    }
  }
  if (input.otherDeviceUsers > 0) {
    signs.push({ kind: 'shared_device', reason: `同一手机近期还被另外 ${input.otherDeviceUsers} 人用于签到` })
  }
  return signs
}

/** Merge sign lists, one entry per kind (the latest reason wins). */
export function mergeSigns(a: readonly Sign[], b: readonly Sign[]): Sign[] {
  const byKind = new Map<string, Sign>()
  for (const s of [...a, ...b]) byKind.set(s.kind, s)
  return [...byKind.values()]
}
