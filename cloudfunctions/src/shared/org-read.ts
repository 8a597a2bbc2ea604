import type { Database } from './db-types'
import type { OrgUnitDoc } from './docs'

/** Org units by id, in one read (the SDK's `in` query), keyed for lookups. */
export async function getUnitsByIds(db: Database, ids: string[]): Promise<Map<string, OrgUnitDoc>> {
  const unique = [...new Set(ids)].slice(0, 1000)
  const map = new Map<string, OrgUnitDoc>()
  if (unique.length === 0) return map
  if (unique.length === 1) {
    // One id: a document read, much cheaper in the SDK than an `in` query.
    const one = await db.collection('org_units').doc(unique[0]).get<OrgUnitDoc>()
    if (one.data) map.set(one.data._id, one.data)
    return map
  }
  const _ = db.command
  const res = await db.collection('org_units').where({ _id: _.in(unique) }).limit(1000).get<OrgUnitDoc>()
  for (const doc of res.data) map.set(doc._id, doc)
  return map
}

/**
 * A village's check-in point as { lat, lng }. Stored as GeoJSON, but wx-server-sdk hands geo fields
 * back as its own Point objects (`longitude`/`latitude`), so both shapes are read.
 */
export function unitCenter(unit: Pick<OrgUnitDoc, 'center'>): { lat: number; lng: number } | undefined {
  const c = unit.center as unknown
  if (!c || typeof c !== 'object') return undefined
  const o = c as { coordinates?: unknown; longitude?: unknown; latitude?: unknown }
  if (Array.isArray(o.coordinates) && o.coordinates.length >= 2) return { lng: Number(o.coordinates[0]), lat: Number(o.coordinates[1]) }
  if (typeof o.longitude === 'number' && typeof o.latitude === 'number') return { lng: o.longitude, lat: o.latitude }
  return undefined
}
