import type { PhotoInput } from '@contract/domain/rectification'
import { AppError } from '@contract/errors'
import { pickDocument } from './notice-files'
import { getFix } from './location'
import { takePhoto } from './photo'
import { uploadFor } from './uploads'

/**
 * One evidence photo: taken with the camera, compressed to ≤ 200 KB on the phone, uploaded to a
 * random path under `rectify/` and registered for its purpose (before, after, review) with where and
 * when the phone says it was taken; the server records its own upload time beside that.
 * A missing location fix does not block the photo: the reviewer then sees "无定位".
 */
export async function captureEvidence(
  purpose: 'rectify-before' | 'rectify-after' | 'rectify-review',
): Promise<PhotoInput> {
  const path = await takePhoto()
  const takenAt = new Date().toISOString()
  const fix = await getFix().catch(() => null)
  const location = fix
    ? { lat: fix.lat, lng: fix.lng, accuracy: fix.accuracy, coordType: fix.coordType }
    : undefined
  const fileID = await uploadFor(purpose, path, { takenAt, location })
  return { fileID, takenAt, location }
}

/**
 * A document showing the fix (会议记录, 账目, a scan): picked from a chat or the file system, uploaded to a
 * random path under `rectify-files/` and registered for `rectify-file`. Null when nothing was picked.
 */
export async function attachEvidenceFile(): Promise<string | null> {
  const file = await pickDocument()
  if (!file) return null
  const ext = /\.([A-Za-z0-9]{1,5})$/.exec(file.name)?.[1]?.toLowerCase() ?? ''
  if (!['pdf', 'docx', 'xlsx', 'jpg', 'jpeg', 'png'].includes(ext))
    throw new AppError('invalid-argument', '佐证文件仅支持 PDF、Word、Excel 或图片')
  return uploadFor('rectify-file', file.path, { name: file.name.slice(0, 100) }, ext)
}
