import { randomBytes } from 'node:crypto'
import { uploadCloudPath, type UploadPurpose } from '../../types/domain/upload'
import type { RunningCloud } from './local-cloud'

/** The smallest bytes the store accepts as a JPEG. */
export const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0xff, 0xd9])

export interface UploadOpts {
  takenAt?: string
  location?: { lat: number; lng: number; accuracy: number; coordType?: 'gcj02' | 'wgs84' }
  /** Pin the server clock of the registration (ISO instant). */
  now?: string
}

/** Stores bytes at a fresh random path as `openid` would from the phone, without registering them. */
export function storeAs(run: RunningCloud, openid: string, purpose: UploadPurpose, ext = 'jpg'): string {
  return run.cloud.store.upload(
    uploadCloudPath(purpose, randomBytes(16).toString('hex'), ext),
    JPEG,
    undefined,
    openid,
  ).fileID
}

/** What the app does for every photo: upload to a random path, then register it with files.registerUpload. */
export async function uploadAs(
  run: RunningCloud,
  openid: string,
  purpose: UploadPurpose,
  opts: UploadOpts = {},
): Promise<string> {
  const fileID = storeAs(run, openid, purpose)
  const input = {
    fileID,
    purpose,
    ...(opts.takenAt ? { takenAt: opts.takenAt } : {}),
    ...(opts.location ? { location: opts.location } : {}),
  }
  const res = (await run.cloud.call(
    'files',
    'registerUpload',
    input,
    openid,
    opts.now ? { ZHUCUN_NOW: opts.now } : undefined,
  )) as { ok: boolean; error?: { message: string } }
  if (!res.ok) throw new Error(`registerUpload failed: ${res.error?.message}`)
  return fileID
}
