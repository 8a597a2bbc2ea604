import { AppError } from '@contract/errors'
import { isUploadFileId } from '@contract/domain/upload'
import type { Handler } from '../../shared/handler'
import { isDuplicateKey } from '../../shared/db-errors'
import { findUpload, insertUpload, newUpload, type UploadDoc } from '../../shared/uploads'
import { locationOrNull } from '../../shared/photo-location'
import { fileExists } from '../storage'

/**
 * The phone uploaded to a random path; this records who did, for what, at what server time, and the
 * time and place the phone claims. The first registration of a file wins, so a file id seen in someone
 * else's record can never be claimed: it was registered by its uploader right after upload.
 */
export const registerUpload: Handler<'files', 'registerUpload'> = async (input, ctx) => {
  if (!ctx.caller.openid) throw new AppError('unauthenticated', '请在微信中打开后再上传')
  if (!isUploadFileId(input.fileID, input.purpose))
    throw new AppError('invalid-argument', '文件编号与用途不符，请重新上传', { field: 'fileID' })
  const doc = newUpload(ctx, input.fileID, input.purpose, {
    deviceAt: input.takenAt ? new Date(input.takenAt) : null,
    location: locationOrNull(input.location),
    name: input.name,
  })
  const existing = await findUpload(ctx.db, input.fileID)
  if (existing) return sameUploader(existing, ctx.caller.openid, input.purpose)
  if (!(await fileExists(input.fileID)))
    throw new AppError('not-found', '文件尚未上传成功，请重试', { field: 'fileID' })
  try {
    await insertUpload(ctx.db, doc)
  } catch (err) {
    if (!isDuplicateKey(err)) throw err
    const raced = await findUpload(ctx.db, input.fileID)
    if (!raced) throw err
    return sameUploader(raced, ctx.caller.openid, input.purpose)
  }
  return { fileID: doc.fileID, uploadedAt: doc.uploadedAt.toISOString() }
}

/** A resend by the uploader gets the first answer; anyone else is refused. */
function sameUploader(
  doc: UploadDoc,
  openid: string,
  purpose: string,
): { fileID: string; uploadedAt: string } {
  if (doc.openid !== openid || doc.purpose !== purpose)
    throw new AppError('conflict', '该文件已被登记，请重新上传')
  return { fileID: doc.fileID, uploadedAt: new Date(doc.uploadedAt).toISOString() }
}
