import { z } from '../zod'

/**
 * What an upload is for. A file registered for one purpose (and bound to one record) is accepted
 * nowhere else: a before-photo cannot come back as an after-photo, a visit photo not as a check-in.
 */
export const UPLOAD_PURPOSES = [
  'rectify-before',
  'rectify-after',
  'rectify-review',
  'rectify-file',
  'check-in',
  'visit',
  'work-log',
  'spot-check',
  'notice',
  'objection',
  'import',
  'feedback',
  'duty-report',
] as const
export const uploadPurposeSchema = z.enum(UPLOAD_PURPOSES)
export type UploadPurpose = z.infer<typeof uploadPurposeSchema>

/** Storage folder per purpose; the folders the record schemas already expect. */
export const UPLOAD_FOLDERS: Record<UploadPurpose, string> = {
  'rectify-before': 'rectify',
  'rectify-after': 'rectify',
  'rectify-review': 'rectify',
  // Its own folder: a document can never pass as a photo (photos must lie under rectify/).
  'rectify-file': 'rectify-files',
  'check-in': 'presence',
  visit: 'visit',
  'work-log': 'work-logs',
  'spot-check': 'spot-checks',
  notice: 'notice',
  objection: 'objection',
  import: 'imports',
  feedback: 'feedback',
  // 述职 documents: their own folder, never taken for a photo.
  'duty-report': 'duty-reports',
}

const EXTENSIONS: Record<UploadPurpose, readonly string[]> = {
  'rectify-before': ['jpg', 'jpeg', 'png', 'webp'],
  'rectify-after': ['jpg', 'jpeg', 'png', 'webp'],
  'rectify-review': ['jpg', 'jpeg', 'png', 'webp'],
  'rectify-file': ['pdf', 'docx', 'xlsx', 'jpg', 'jpeg', 'png'],
  'check-in': ['jpg', 'jpeg', 'png', 'webp'],
  visit: ['jpg', 'jpeg', 'png', 'webp'],
  'work-log': ['jpg', 'jpeg', 'png', 'webp'],
  'spot-check': ['jpg', 'jpeg', 'png', 'webp'],
  notice: ['jpg', 'jpeg', 'png', 'webp', 'pdf', 'docx', 'xlsx'],
  objection: ['jpg', 'jpeg', 'png', 'webp'],
  import: ['xlsx', 'csv'],
  feedback: ['jpg', 'jpeg', 'png', 'webp'],
  'duty-report': ['pdf', 'docx', 'jpg', 'jpeg', 'png'],
}

/** 32 random hex digits: a name nobody can derive from a record, a village or a device id. */
const RANDOM_NAME = /^[0-9a-f]{32}$/

/**
 * Where the phone stores a new upload: `<folder>/<32 random hex>.<ext>`. Only names of this shape can
 * be registered, so a file already stored under an older, guessable name can never be claimed.
 */
export function uploadCloudPath(purpose: UploadPurpose, randomHex: string, ext: string): string {
  const e = ext.toLowerCase()
  if (!RANDOM_NAME.test(randomHex)) throw new Error('上传文件名必须是 32 位随机十六进制')
  if (!EXTENSIONS[purpose].includes(e)) throw new Error(`不支持的文件类型：.${e}`)
  return `${UPLOAD_FOLDERS[purpose]}/${randomHex}.${e}`
}

/** True when a fileID names a fresh upload for this purpose (right folder, random name, allowed type). */
export function isUploadFileId(fileID: string, purpose: UploadPurpose): boolean {
  const m = /^cloud:\/\/[^/]+\/([\w-]+)\/([0-9a-f]{32})\.([a-z]+)$/.exec(fileID)
  return !!m && m[1] === UPLOAD_FOLDERS[purpose] && EXTENSIONS[purpose].includes(m[3])
}

export const uploadFileIdSchema = z.string().min(1).max(300)
