import { AppError } from '@contract/errors'
import type { Handler } from '../../shared/handler'
import { bindEvidence, withEvidence } from '../evidence-binding'
import { receivePhotos } from '../photos'
import { findItem } from '../repo-items'
import { outputOf, step } from '../transition'

/**
 * After-photos must be new evidence (uploaded by the caller after dispatch, none of the before-photos)
 * and are judged against the before-photos on the server; a far one is flagged, not refused.
 */
export const applyClose: Handler<'rectify', 'applyClose'> = async (input, ctx) => {
  const item = await findItem(ctx.db, input.itemId)
  if (!item) throw new AppError('not-found', '整改事项不存在')
  const bound = await bindEvidence(ctx, item, input.afterPhotos, 'after', 'afterPhotos')
  const result = await withEvidence(ctx, item._id, bound, () => step(ctx, input.itemId, 'applyClose', input.version, {
    comment: input.description,
    location: input.location,
    photos: (after) => after.afterPhotos,
    patch: (current) => {
      const photos = receivePhotos(input.afterPhotos, ctx.now, bound.uploads, current.beforePhotos, true)
      return { afterPhotos: photos, afterFar: photos.some((p) => p.far), closeDescription: input.description }
    },
  }))
  return outputOf(result)
}
