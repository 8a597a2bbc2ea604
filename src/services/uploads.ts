import type { PhotoLocation } from '@contract/domain/rectification'
import { uploadCloudPath, type UploadPurpose } from '@contract/domain/upload'
import { call, uploadFile } from './client'
import { uuid } from './uuid'

/** What the phone says about a photo: when and where it was taken. */
export interface Claimed {
  takenAt?: string
  location?: PhotoLocation
  /** The file's own name (spreadsheets, notice attachments). */
  name?: string
}

/** A fresh random storage path for an upload: nothing about it can be derived from record ids. */
export function newUploadPath(purpose: UploadPurpose, ext = 'jpg'): string {
  return uploadCloudPath(purpose, uuid().replace(/-/g, ''), ext)
}

/**
 * Registers a stored file with the server (idempotent: a resend gets the first answer). Only a
 * registered file is accepted by any action, and only for the purpose it was registered for.
 */
export async function registerUpload(
  fileID: string,
  purpose: UploadPurpose,
  claimed: Claimed = {},
): Promise<string> {
  const { takenAt, location, name } = claimed
  await call('files', 'registerUpload', {
    fileID,
    purpose,
    ...(takenAt ? { takenAt } : {}),
    ...(location ? { location } : {}),
    ...(name ? { name: name.slice(0, 100) } : {}),
  })
  return fileID
}

/**
 * Uploads a local file to a random path and registers it: the server records who uploaded it, for
 * what, at what server time, and the time and place the phone claims.
 *
 * @example const fileID = await uploadFor('visit', path)
 */
export async function uploadFor(
  purpose: UploadPurpose,
  localPath: string,
  claimed: Claimed = {},
  ext = 'jpg',
): Promise<string> {
  const fileID = await uploadFile(newUploadPath(purpose, ext), localPath)
  return registerUpload(fileID, purpose, claimed)
}
