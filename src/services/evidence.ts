import type { PhotoInput } from '@contract/domain/rectification'
import { uploadFile } from './client'
import { getFix } from './location'
import { takePhoto } from './photo'
import { uuid } from './uuid'

/**
 * One evidence photo: taken with the camera, compressed to ≤ 200 KB on the phone, uploaded under
 * `rectify/`, with where and when the phone says it was taken (the server stamps its own time).
 * A missing location fix does not block the photo: the reviewer then sees "无定位".
 */
export async function captureEvidence(): Promise<PhotoInput> {
  const path = await takePhoto()
  const takenAt = new Date().toISOString()
  const fix = await getFix().catch(() => null)
  const month = takenAt.slice(0, 7)
  const fileID = await uploadFile(`rectify/${month}/${uuid()}.jpg`, path)
  return {
    fileID,
    takenAt,
    location: fix ? { lat: fix.lat, lng: fix.lng, accuracy: fix.accuracy, coordType: fix.coordType } : undefined,
  }
}
