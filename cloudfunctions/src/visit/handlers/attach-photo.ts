import { AppError } from '@contract/errors'
import type { Handler } from '../../shared/handler'
import { bindUploads } from '../../shared/upload-binding'
import { findVisitByClientId, updateVisit } from '../repo-visits'

/** Photos arrive one by one after the form; a resend of the same photo index replaces nothing twice. */
export const attachPhoto: Handler<'visit', 'attachPhoto'> = async (input, ctx) => {
  const visit = await findVisitByClientId(ctx.db, input.clientId)
  if (!visit) throw new AppError('not-found', '走访尚未同步，照片稍后再传')
  if (visit.authorId !== ctx.caller.person._id)
    throw new AppError('permission-denied', '只能为自己的走访上传照片')
  if (input.index >= visit.photoCount)
    throw new AppError('invalid-argument', '照片序号超出本次走访的照片数', { field: 'index' })
  // Only the author's own upload for a visit, and one that belongs to no other visit.
  await bindUploads(ctx, [input.fileID], {
    purposes: ['visit'],
    recordId: visit._id,
    path: visit.path,
    field: 'fileID',
  })
  const photos = visit.photos.filter((p) => p.index !== input.index)
  if (
    photos.length !== visit.photos.length &&
    visit.photos.some((p) => p.index === input.index && p.fileID === input.fileID)
  ) {
    return { visitId: visit._id, photos: visit.photos.length, photoCount: visit.photoCount }
  }
  const next = [...photos, { index: input.index, fileID: input.fileID, at: ctx.now }].sort(
    (a, b) => a.index - b.index,
  )
  await updateVisit(ctx.db, visit._id, { photos: next, updatedAt: ctx.now })
  return { visitId: visit._id, photos: next.length, photoCount: visit.photoCount }
}
