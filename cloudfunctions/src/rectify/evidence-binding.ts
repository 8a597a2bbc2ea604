import type { PhotoInput } from '@contract/domain/rectification'
import type { UploadPurpose } from '@contract/domain/upload'
import type { HandlerContext } from '../shared/context'
import { bindUploads, unbindUploads, type Bound } from '../shared/upload-binding'
import type { RectItemDoc } from './docs'
import { asDate } from './photos'

type ItemRef = Pick<RectItemDoc, '_id' | 'path' | 'beforePhotos' | 'dispatchedAt'>

const PURPOSE: Record<'before' | 'after' | 'review', UploadPurpose> = {
  before: 'rectify-before',
  after: 'rectify-after',
  review: 'rectify-review',
}

/**
 * Evidence is new evidence: each photo was uploaded by the caller for this kind of photo and serves
 * this item only. After-photos were also uploaded after dispatch and are none of the before-photos.
 */
export async function bindEvidence(
  ctx: HandlerContext,
  item: ItemRef,
  photos: readonly PhotoInput[] | undefined,
  kind: 'before' | 'after' | 'review',
  field: string,
): Promise<Bound> {
  const fileIDs = (photos ?? []).map((p) => p.fileID)
  return bindUploads(ctx, fileIDs, {
    purposes: [PURPOSE[kind]],
    recordId: item._id,
    path: item.path,
    field,
    exclude: kind === 'after' ? item.beforePhotos.map((p) => p.fileID) : undefined,
    notBefore:
      kind === 'after' && item.dispatchedAt
        ? { at: asDate(item.dispatchedAt), message: '整改后照片须是派发之后拍摄上传的，请现场重新拍摄' }
        : undefined,
  })
}

/** Documents showing the fix: the caller's own uploads for `rectify-file`, serving this item only. */
export async function bindEvidenceFiles(
  ctx: HandlerContext,
  item: ItemRef,
  fileIDs: readonly string[],
): Promise<Bound> {
  return bindUploads(ctx, fileIDs, {
    purposes: ['rectify-file'],
    recordId: item._id,
    path: item.path,
    field: 'afterFiles',
  })
}

/** Runs the write that makes the photos part of the item; frees what this call bound if it fails. */
export async function withEvidence<T>(
  ctx: HandlerContext,
  itemId: string,
  bound: Bound,
  write: () => Promise<T>,
): Promise<T> {
  try {
    return await write()
  } catch (err) {
    await unbindUploads(ctx, bound.newlyBound, itemId)
    throw err
  }
}
