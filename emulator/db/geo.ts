// Geo queries mingo lacks: $nearSphere, $geoWithin ($geometry Polygon/MultiPolygon, $centerSphere)
// and $geoIntersects for point fields. Documents store GeoJSON points
// {type:'Point', coordinates:[lng, lat]} (what db.Geo.Point serialises to). Distances are on a
// sphere of MongoDB's radius, in meters; $centerSphere radii are radians, as in MongoDB.
// Polygons are tested on the lng/lat plane (fine for the small areas an app draws).
import type { Doc } from './types'

export const EARTH_RADIUS_M = 6378100
export type LngLat = [number, number]

function isRecord(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v)
}

/** A GeoJSON point or a legacy [lng, lat] pair, else undefined. */
export function toLngLat(v: unknown): LngLat | undefined {
  const c = isRecord(v) && v.type === 'Point' ? v.coordinates : v
  if (Array.isArray(c) && c.length === 2 && typeof c[0] === 'number' && typeof c[1] === 'number') {
    return [c[0], c[1]]
  }
  return undefined
}

export function resolvePath(doc: unknown, path: string): unknown {
  let cur = doc
  for (const part of path.split('.')) {
    if (!isRecord(cur)) return undefined
    cur = cur[part]
  }
  return cur
}

/** Great-circle distance in meters (haversine). */
export function distanceMeters(a: LngLat, b: LngLat): number {
  const rad = Math.PI / 180
  const dLat = (b[1] - a[1]) * rad
  const dLng = (b[0] - a[0]) * rad
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a[1] * rad) * Math.cos(b[1] * rad) * Math.sin(dLng / 2) ** 2
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)))
}

function inRing(p: LngLat, ring: unknown): boolean {
  if (!Array.isArray(ring)) return false
  const pts = ring.map(toLngLat).filter((x): x is LngLat => x !== undefined)
  let inside = false
  for (let i = 0, j = pts.length - 1; i < pts.length; j = i++) {
    const [xi, yi] = pts[i]
    const [xj, yj] = pts[j]
    if (yi > p[1] !== yj > p[1] && p[0] < ((xj - xi) * (p[1] - yi)) / (yj - yi) + xi) inside = !inside
  }
  return inside
}

function inPolygon(p: LngLat, rings: unknown): boolean {
  if (!Array.isArray(rings) || rings.length === 0) return false
  if (!inRing(p, rings[0])) return false
  return !rings.slice(1).some((hole) => inRing(p, hole)) // holes exclude
}

/** Does point `p` lie in the `$geoWithin` / `$geoIntersects` shape `spec`? */
export function withinShape(p: LngLat, spec: unknown): boolean {
  if (!isRecord(spec)) return false
  if (Array.isArray(spec.$centerSphere)) {
    const [center, radius] = spec.$centerSphere as [unknown, unknown]
    const c = toLngLat(center)
    return c !== undefined && typeof radius === 'number' && distanceMeters(p, c) <= radius * EARTH_RADIUS_M
  }
  const g = spec.$geometry
  if (!isRecord(g)) return false
  if (g.type === 'Polygon') return inPolygon(p, g.coordinates)
  if (g.type === 'MultiPolygon' && Array.isArray(g.coordinates))
    return g.coordinates.some((poly) => inPolygon(p, poly))
  if (g.type === 'Point') {
    const q = toLngLat(g)
    return q !== undefined && q[0] === p[0] && q[1] === p[1]
  }
  return false
}

export interface NearSpec {
  center: LngLat
  min: number
  max: number
}

/** Decode a $nearSphere / $near operand ({$geometry, $maxDistance, $minDistance}). */
export function nearSpec(v: unknown): NearSpec | undefined {
  if (!isRecord(v)) return undefined
  const center = toLngLat(v.$geometry ?? v)
  if (!center) return undefined
  const max = typeof v.$maxDistance === 'number' ? v.$maxDistance : Infinity
  const min = typeof v.$minDistance === 'number' ? v.$minDistance : 0
  return { center, min, max }
}

type QueryOp = (selector: string, value: unknown) => (obj: Record<string, unknown>) => boolean

const nearOp: QueryOp = (selector, value) => {
  const spec = nearSpec(value)
  return (obj) => {
    const p = toLngLat(resolvePath(obj, selector))
    if (!spec || !p) return false
    const d = distanceMeters(p, spec.center)
    return d >= spec.min && d <= spec.max
  }
}

const withinOp: QueryOp = (selector, value) => (obj) => {
  const p = toLngLat(resolvePath(obj, selector))
  return p !== undefined && withinShape(p, value)
}

export const geoQueryOps: Record<string, QueryOp> = {
  $nearSphere: nearOp,
  $near: nearOp,
  $geoWithin: withinOp,
  $geoIntersects: withinOp,
}

/**
 * The top-level field queried with $nearSphere/$near, which orders results by distance. A plain
 * recursive function, not a closure: it runs on every read, and tsx names each closure it creates.
 */
export function findNear(filter: Doc): { field: string; spec: NearSpec } | undefined {
  for (const k of Object.keys(filter)) {
    const v = filter[k]
    if (k === '$and' && Array.isArray(v)) {
      for (const sub of v) {
        const got = isRecord(sub) ? findNear(sub) : undefined
        if (got) return got
      }
    } else if (isRecord(v)) {
      const op = v.$nearSphere ?? v.$near
      const spec = op === undefined ? undefined : nearSpec(op)
      if (spec) return { field: k, spec }
    }
  }
  return undefined
}
