import { AFTER_PHOTO_MAX_DISTANCE_M, type PhotoLocation } from './rectification'

const EARTH_RADIUS_M = 6_371_008.8

/** Great-circle distance in metres (haversine; ample for a 200 m rule). */
export function distanceM(a: { lat: number; lng: number }, b: { lat: number; lng: number }): number {
  const rad = Math.PI / 180
  const dLat = (b.lat - a.lat) * rad
  const dLng = (b.lng - a.lng) * rad
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLng / 2) ** 2
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)))
}

export interface DistanceFlag {
  /** Distance to the nearest before-photo, rounded to the metre; null when either side has no location. */
  nearestM: number | null
  far: boolean
}

/**
 * Judge an after-photo against the before-photos: flagged when even the nearest before-photo lies
 * more than 200 m away. A photo without a location is not flagged here (the reviewer sees "无定位").
 */
export function afterPhotoDistance(
  after: PhotoLocation | null | undefined,
  before: ReadonlyArray<PhotoLocation | null | undefined>,
  maxM = AFTER_PHOTO_MAX_DISTANCE_M,
): DistanceFlag {
  const points = before.filter((p): p is PhotoLocation => !!p)
  if (!after || points.length === 0) return { nearestM: null, far: false }
  const nearest = Math.min(...points.map((p) => distanceM(after, p)))
  return { nearestM: Math.round(nearest), far: nearest > maxM }
}
