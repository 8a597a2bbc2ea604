import type { GeoPoint } from './org-unit'
import { formatDistance } from './presence-time'

export type CoordType = 'gcj02' | 'wgs84'

const EARTH_RADIUS_M = 6371008.8

/** Great-circle distance in metres (haversine); exact enough at village scale. */
export function haversineM(a: GeoPoint, b: GeoPoint): number {
  const rad = (d: number) => (d * Math.PI) / 180
  const dLat = rad(b.lat - a.lat)
  const dLng = rad(b.lng - a.lng)
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLng / 2) ** 2
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)))
}

// The published GCJ-02 obfuscation (Krasovsky 1940 ellipsoid constants), as every open implementation has it.
const A = 6378245.0
const EE = 0.006693421622965943

/** GCJ-02 only applies inside mainland China's rough bounding box; outside it equals WGS-84. */
export function outOfChina(p: GeoPoint): boolean {
  return p.lng < 72.004 || p.lng > 137.8347 || p.lat < 0.8293 || p.lat > 55.8271
}

function transformLat(x: number, y: number): number {
  let r = -100 + 2 * x + 3 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x))
  r += ((20 * Math.sin(6 * x * Math.PI) + 20 * Math.sin(2 * x * Math.PI)) * 2) / 3
  r += ((20 * Math.sin(y * Math.PI) + 40 * Math.sin((y / 3) * Math.PI)) * 2) / 3
  r += ((160 * Math.sin((y / 12) * Math.PI) + 320 * Math.sin((y * Math.PI) / 30)) * 2) / 3
  return r
}

function transformLng(x: number, y: number): number {
  let r = 300 + x + 2 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x))
  r += ((20 * Math.sin(6 * x * Math.PI) + 20 * Math.sin(2 * x * Math.PI)) * 2) / 3
  r += ((20 * Math.sin(x * Math.PI) + 40 * Math.sin((x / 3) * Math.PI)) * 2) / 3
  r += ((150 * Math.sin((x / 12) * Math.PI) + 300 * Math.sin((x / 30) * Math.PI)) * 2) / 3
  return r
}

/** WGS-84 → GCJ-02 (what WeChat's `getLocation({ type: 'gcj02' })` reports). */
export function wgs84ToGcj02(p: GeoPoint): GeoPoint {
  if (outOfChina(p)) return { ...p }
  const radLat = (p.lat / 180) * Math.PI
  let magic = Math.sin(radLat)
  magic = 1 - EE * magic * magic
  const sqrtMagic = Math.sqrt(magic)
  const dLat =
    (transformLat(p.lng - 105, p.lat - 35) * 180) / (((A * (1 - EE)) / (magic * sqrtMagic)) * Math.PI)
  const dLng = (transformLng(p.lng - 105, p.lat - 35) * 180) / ((A / sqrtMagic) * Math.cos(radLat) * Math.PI)
  return { lat: p.lat + dLat, lng: p.lng + dLng }
}

/**
 * GCJ-02 → WGS-84. The forward transform has no closed inverse; a few fixed-point steps bring the
 * round trip under a centimetre, where the usual one-step approximation is off by up to ~2 m.
 */
export function gcj02ToWgs84(p: GeoPoint): GeoPoint {
  if (outOfChina(p)) return { ...p }
  let guess = { lat: p.lat, lng: p.lng }
  for (let i = 0; i < 8; i++) {
    const fwd = wgs84ToGcj02(guess)
    const dLat = fwd.lat - p.lat
    const dLng = fwd.lng - p.lng
    guess = { lat: guess.lat - dLat, lng: guess.lng - dLng }
    if (Math.abs(dLat) < 1e-9 && Math.abs(dLng) < 1e-9) break
  }
  return guess
}

export function toWgs84(p: GeoPoint, type: CoordType): GeoPoint {
  return type === 'gcj02' ? gcj02ToWgs84(p) : { ...p }
}

export interface FenceVerdict {
  inside: boolean
  /** Distance from the village point, metres, rounded. */
  distanceM: number
  /** Distance minus the reported accuracy, never below 0: the benefit of the doubt the fix allows. */
  effectiveM: number
  message: string
}

/**
 * The geofence judgement: a fix counts when its distance from the village point, less the accuracy
 * the phone reported, lies within the radius. The accuracy is capped so a vague fix cannot count.
 */
export function judgeFence(
  fix: GeoPoint,
  accuracyM: number,
  center: GeoPoint,
  radiusM: number,
): FenceVerdict {
  const distanceM = Math.round(haversineM(fix, center))
  const allowance = Math.min(Math.max(accuracyM, 0), MAX_ACCURACY_ALLOWANCE_M)
  const effectiveM = Math.max(0, distanceM - allowance)
  const inside = effectiveM <= radiusM
  // When the allowance decided it, say so, or "600 米 … 在 500 米范围内" reads as a contradiction.
  const allowanceNote = inside && distanceM > radiusM ? `（定位误差 ${formatDistance(allowance)}）` : ''
  const message = inside
    ? `距村部 ${formatDistance(distanceM)}${allowanceNote}，在 ${formatDistance(radiusM)}范围内，已计入在村`
    : `距村部 ${formatDistance(distanceM)}，超出 ${formatDistance(radiusM)}范围，本次未计入在村`
  return { inside, distanceM, effectiveM, message }
}

/** A fix worse than this is no evidence of place; only this much is deducted. */
export const MAX_ACCURACY_ALLOWANCE_M = 200

/** Coordinates rounded to ~1 m (5 decimals), the grain at which "the same spot" is compared. */
export function coordKey(p: GeoPoint): string {
  return `${p.lat.toFixed(5)},${p.lng.toFixed(5)}`
}
