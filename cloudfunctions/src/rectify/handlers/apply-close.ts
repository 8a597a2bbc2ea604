import { AppError } from '@contract/errors'
import { MISSING_AFTER_PHOTO, afterPhotosRequired } from '@contract/domain/rectification-evidence-rules'
import type { Handler } from '../../shared/handler'
import { bindEvidence, bindEvidenceFiles, withEvidence } from '../evidence-binding'
import { receiveFiles, receivePhotos } from '../photos'
import { findItem } from '../../shared/rectify-items'
import { outputOf, step } from '../transition'

/**
 * After-photos must be new evidence (uploaded by the caller after dispatch, none of the before-photos)
 * and are judged against the before-photos on the server; a far one is flagged, not refused. Only a
 * physical problem needs them; a document or conduct problem may bring files, or nothing, and is then
 * closed on the reviewer's written confirmation.
 */
export const applyClose: Handler<'rectify', 'applyClose'> = async (input, ctx) => {
  const item = await findItem(ctx.db, input.itemId)
  if (!item) throw new AppError('not-found', '整改事项不存在')
  const bound = await bindEvidence(ctx, item, input.afterPhotos, 'after', 'afterPhotos')
  const files = await withEvidence(ctx, item._id, bound, () => bindEvidenceFiles(ctx, item, input.afterFiles))
  const all = {
    uploads: new Map([...bound.uploads, ...files.uploads]),
    newlyBound: [...bound.newlyBound, ...files.newlyBound],
  }
  const result = await withEvidence(ctx, item._id, all, () =>
    step(ctx, input.itemId, 'applyClose', input.version, {
      comment: input.description,
      location: input.location,
      photos: (after) => after.afterPhotos,
      patch: (current) => {
        // Checked after the caller and the state, on the item as read in the transaction.
        if (afterPhotosRequired(current.category) && input.afterPhotos.length === 0) {
          throw new AppError('invalid-argument', MISSING_AFTER_PHOTO, { field: 'afterPhotos' })
        }
        const photos = receivePhotos(input.afterPhotos, ctx.now, bound.uploads, current.beforePhotos, true)
        return {
          afterPhotos: photos,
          afterFar: photos.some((p) => p.far),
          afterFiles: receiveFiles(input.afterFiles, ctx.now, files.uploads),
          closeDescription: input.description,
        }
      },
    }),
  )
  return outputOf(result)
}
