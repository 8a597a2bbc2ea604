import { AppError } from '@contract/errors'
import type { UploadPurpose } from '@contract/domain/upload'
import type { HandlerContext } from './context'
import { findUpload, findUploads, markBound, releaseBound, type UploadDoc } from './uploads'

export interface BindRule {
  /** Purposes the action accepts (an after-photo must have been uploaded as one). */
  purposes: readonly UploadPurpose[]
  /** The record the files become part of; binding again to the same record is a harmless resend. */
  recordId: string
  /** The record's unit path: whoever may read the record may read the files. */
  path: readonly string[]
  /** Uploads registered before this instant are refused, with this message. */
  notBefore?: { at: Date; message: string }
  /** Files that may not be used here (the before-photos, for after-photos). */
  exclude?: readonly string[]
  field: string
}

export interface Bound {
  /** Upload records (server time, uploader, the phone's claims) by fileID. */
  uploads: Map<string, UploadDoc>
  /** Files this call bound; a resend finds its files already bound and must not free them on failure. */
  newlyBound: string[]
}

/** Accepts files for a record only if the caller registered them, for this purpose, and no other record holds them. */
export async function bindUploads(
  ctx: HandlerContext,
  fileIDs: readonly string[],
  rule: BindRule,
): Promise<Bound> {
  if (fileIDs.length === 0) return { uploads: new Map(), newlyBound: [] }
  if (new Set(fileIDs).size !== fileIDs.length)
    throw new AppError('invalid-argument', '同一张照片不能重复提交', { field: rule.field })
  if (fileIDs.some((f) => rule.exclude?.includes(f)))
    throw new AppError('invalid-argument', '整改后照片不能使用整改前的照片，请现场重新拍摄', {
      field: rule.field,
    })
  const uploads = await findUploads(ctx.db, fileIDs)
  const free: string[] = []
  for (const fileID of fileIDs) {
    const up = uploads.get(fileID)
    if (!up) throw new AppError('failed-precondition', '照片未登记，请重新拍摄上传', { field: rule.field })
    if (up.openid !== ctx.caller.openid)
      throw new AppError('permission-denied', '只能使用自己上传的文件', { field: rule.field })
    if (!rule.purposes.includes(up.purpose))
      throw new AppError('invalid-argument', '该文件不是为此用途上传的，请重新拍摄上传', {
        field: rule.field,
      })
    if (up.recordId && up.recordId !== rule.recordId)
      throw new AppError('conflict', '该照片已用于其他记录，不能重复使用', { field: rule.field })
    if (rule.notBefore && new Date(up.uploadedAt).getTime() < rule.notBefore.at.getTime()) {
      throw new AppError('failed-precondition', rule.notBefore.message, { field: rule.field })
    }
    if (!up.recordId) free.push(fileID)
  }
  const updated = await markBound(ctx.db, free, rule.recordId, rule.path, ctx.now)
  if (updated !== free.length) {
    await releaseBound(ctx.db, free, rule.recordId)
    throw new AppError('conflict', '该照片刚被用于其他记录，不能重复使用', { field: rule.field })
  }
  return { uploads, newlyBound: free }
}

/** Undoes a binding whose record write failed, so the phone can retry with the same photos. */
export async function unbindUploads(
  ctx: HandlerContext,
  fileIDs: readonly string[],
  recordId: string,
): Promise<void> {
  await releaseBound(ctx.db, fileIDs, recordId)
}

/** For files read rather than kept (an import): the caller's own upload for this purpose, nothing more. */
export async function requireOwnUpload(
  ctx: HandlerContext,
  fileID: string,
  purpose: UploadPurpose,
  field: string,
): Promise<UploadDoc> {
  const up = await findUpload(ctx.db, fileID)
  if (!up) throw new AppError('failed-precondition', '文件未登记，请重新上传', { field })
  if (up.openid !== ctx.caller.openid)
    throw new AppError('permission-denied', '只能使用自己上传的文件', { field })
  if (up.purpose !== purpose)
    throw new AppError('invalid-argument', '该文件不是为此用途上传的，请重新上传', { field })
  return up
}
