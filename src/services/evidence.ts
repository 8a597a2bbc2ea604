import type { PhotoInput } from '@contract/domain/rectification'
import { getFix } from './location'
import { takePhoto } from './photo'
import { uploadFor } from './uploads'

/**
 * One evidence photo: taken with the camera, compressed to ≤ 200 KB on the phone, uploaded to a
 * random path under `rectify/` and registered for its purpose (before, after, review) with where and
 * when the phone says it was taken; the server records its own upload time beside that.
 * A missing location fix does not block the photo: the reviewer then sees "无定位".
 */
export async function captureEvidence(purpose: 'rectify-before' | 'rectify-after' | 'rectify-review'): Promise<PhotoInput> {
  const path = await takePhoto()
  const takenAt = new Date().toISOString()
  const fix = await getFix().catch(() => null)
  const location = fix ? { lat: fix.lat, lng: fix.lng, accuracy: fix.accuracy, coordType: fix.coordType } : undefined
  const fileID = await uploadFor(purpose, path, { takenAt, location })
  return { fileID, takenAt, location }
}
