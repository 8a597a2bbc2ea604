import { createHash } from 'node:crypto'
import type { PhotoLocation } from '@contract/domain/rectification'
import type { UploadPurpose } from '@contract/domain/upload'
import type { Database } from './db-types'
import type { HandlerContext } from './context'
import { repathField, type RepathBatch } from './repath'
import type { TreeUnit } from './org-tree'

/** The one owner of the `uploads` collection: who uploaded which file, for what, when, and where it went. */
export const UPLOADS = 'uploads'

export interface UploadDoc {
  _id: string
  fileID: string
  purpose: UploadPurpose
  openid: string
  personId: string | null
  uploaderName: string
  /** Server time of registration, right after the bytes landed: the upload time that counts. */
  uploadedAt: Date
  /** What the phone claimed, kept as told. */
  deviceAt: Date | null
  location: PhotoLocation | null
  /** The record the file is attached to; null until an action uses it. A file serves one record only. */
  recordId: string | null
  /** The name the file had on the phone, when it matters (imports); storage names are random. */
  name?: string
  /** The unit path of that record: who may read the file. */
  path: string[]
  boundAt: Date | null
}

/** A fixed-length key per fileID, so registering the same file twice collides on `_id`. */
export function uploadKey(fileID: string): string {
  return `up-${createHash('sha256').update(fileID).digest('hex').slice(0, 40)}`
}

/** Upload records of these files (registered ones only), one request. */
export async function findUploads(db: Database, fileIDs: readonly string[]): Promise<Map<string, UploadDoc>> {
  const map = new Map<string, UploadDoc>()
  const keys = [...new Set(fileIDs.map(uploadKey))]
  if (keys.length === 0) return map
  const res = await db
    .collection(UPLOADS)
    .where({ _id: db.command.in(keys) })
    .limit(keys.length)
    .get<UploadDoc>()
  for (const doc of res.data) map.set(doc.fileID, doc)
  return map
}

export async function insertUpload(db: Database, doc: UploadDoc): Promise<void> {
  await db.collection(UPLOADS).add({ data: { ...doc } })
}

export async function findUpload(db: Database, fileID: string): Promise<UploadDoc | null> {
  return (await db.collection(UPLOADS).doc(uploadKey(fileID)).get<UploadDoc>()).data
}

/** Binds still-free uploads to a record; the count tells whether another record got one first. */
export async function markBound(
  db: Database,
  fileIDs: readonly string[],
  recordId: string,
  path: readonly string[],
  now: Date,
): Promise<number> {
  if (fileIDs.length === 0) return 0
  const res = await db
    .collection(UPLOADS)
    .where({ _id: db.command.in(fileIDs.map(uploadKey)), recordId: null })
    .update({ data: { recordId, path: [...path], boundAt: now } })
  return res.stats.updated
}

/** Forgets an upload the server itself made for a record that was not written after all. */
export async function removeUpload(db: Database, fileID: string): Promise<void> {
  await db.collection(UPLOADS).doc(uploadKey(fileID)).remove()
}

/** Frees uploads again when the record they were bound for was not written after all. */
export async function releaseBound(
  db: Database,
  fileIDs: readonly string[],
  recordId: string,
): Promise<void> {
  if (fileIDs.length === 0) return
  await db
    .collection(UPLOADS)
    .where({ _id: db.command.in(fileIDs.map(uploadKey)), recordId })
    .update({ data: { recordId: null, path: [], boundAt: null } })
}

/** The record of a fresh upload by the caller: server time now, the phone's claims as told. */
export function newUpload(
  ctx: HandlerContext,
  fileID: string,
  purpose: UploadPurpose,
  claimed: { deviceAt: Date | null; location: PhotoLocation | null; name?: string },
): UploadDoc {
  return {
    ...(claimed.name ? { name: claimed.name } : {}),
    _id: uploadKey(fileID),
    fileID,
    purpose,
    openid: ctx.caller.openid,
    personId: ctx.caller.person?._id ?? null,
    uploaderName: ctx.caller.person?.name ?? '群众',
    uploadedAt: ctx.now,
    deviceAt: claimed.deviceAt,
    location: claimed.location,
    recordId: null,
    path: [],
    boundAt: null,
  }
}

/** Records under a county that gained ancestors get them in their `path` (shared/repath.ts). */
export function repathUploadsUnder(db: Database, anchor: TreeUnit, budget: number): Promise<RepathBatch> {
  return repathField(db, UPLOADS, 'path', anchor, budget)
}
