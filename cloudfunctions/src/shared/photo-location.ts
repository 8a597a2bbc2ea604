import type { PhotoLocation } from '@contract/domain/rectification'
import { toWgs84 } from '@contract/domain/presence-geo'

/** Stored locations are wgs84 without a datum tag, whatever the phone reported. */
export function locationOrNull(loc: PhotoLocation | undefined): PhotoLocation | null {
  if (!loc) return null
  const p = toWgs84({ lat: loc.lat, lng: loc.lng }, loc.coordType ?? 'wgs84')
  return { lat: Math.round(p.lat * 1e7) / 1e7, lng: Math.round(p.lng * 1e7) / 1e7, accuracy: loc.accuracy }
}
