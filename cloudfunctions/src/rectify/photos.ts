import * as cloud from 'wx-server-sdk'
import type { PhotoInput } from '@contract/domain/rectification'
import { afterPhotoDistance } from '@contract/domain/rectification-evidence'
import { locationOrNull } from '../shared/photo-location'
import type { PhotoView } from '@contract/api/rectify-schemas'
import type { StoredFile, StoredPhoto } from './docs'
import type { UploadDoc } from '../shared/uploads'
import { asDate } from '../shared/rectify-items'

export { asDate, locationOrNull }

/**
 * Receipt of photos: the server's clock stamps them; the upload record adds when the file reached the
 * server and who sent it; the phone's time and place are kept as told (at upload, or with the action).
 */
export function receivePhotos(
  inputs: readonly PhotoInput[] | undefined,
  now: Date,
  uploads: ReadonlyMap<string, UploadDoc>,
  before: readonly StoredPhoto[] = [],
  judgeDistance = false,
): StoredPhoto[] {
  return (inputs ?? []).map((p) => {
    const up = uploads.get(p.fileID)
    const location = locationOrNull(p.location) ?? up?.location ?? null
    const flag = judgeDistance
      ? afterPhotoDistance(
          location,
          before.map((b) => b.location),
        )
      : { nearestM: null, far: false }
    return {
      fileID: p.fileID,
      at: now,
      deviceAt: p.takenAt ? new Date(p.takenAt) : (up?.deviceAt ?? null),
      location,
      nearestM: flag.nearestM,
      far: flag.far,
      uploadedAt: up ? up.uploadedAt : null,
      uploaderName: up ? up.uploaderName : null,
    }
  })
}

/** Receipt of documents: the server's clock, the file's own name as the upload recorded it. */
export function receiveFiles(
  fileIDs: readonly string[],
  now: Date,
  uploads: ReadonlyMap<string, UploadDoc>,
): StoredFile[] {
  return fileIDs.map((fileID) => ({ fileID, at: now, name: uploads.get(fileID)?.name ?? null }))
}

interface TempFileResult {
  fileList: Array<{ fileID: string; tempFileURL: string; status: number }>
}

/** Temporary URLs, 50 per request (the platform's limit), requests in parallel. */
export async function tempUrls(fileIDs: readonly string[]): Promise<Map<string, string>> {
  const unique = [...new Set(fileIDs)]
  const chunks: string[][] = []
  for (let i = 0; i < unique.length; i += 50) chunks.push(unique.slice(i, i + 50))
  const map = new Map<string, string>()
  const results = await Promise.all(
    chunks.map((fileList) => cloud.getTempFileURL({ fileList }) as unknown as Promise<TempFileResult>),
  )
  for (const res of results)
    for (const f of res.fileList) map.set(f.fileID, f.status === 0 ? f.tempFileURL : '')
  return map
}

export function isoOrNull(value: Date | null | undefined): string | null {
  return value ? asDate(value).toISOString() : null
}

export function photoView(p: StoredPhoto, urls: Map<string, string>): PhotoView {
  return {
    fileID: p.fileID,
    url: urls.get(p.fileID) ?? '',
    at: asDate(p.at).toISOString(),
    deviceAt: isoOrNull(p.deviceAt),
    location: p.location ?? null,
    nearestM: p.nearestM ?? null,
    far: p.far === true,
    uploadedAt: p.uploadedAt ? asDate(p.uploadedAt).toISOString() : null,
    uploaderName: p.uploaderName ?? null,
  }
}
