import type { Handler } from '../../shared/handler'
import { receivePhotos } from '../photos'
import { outputOf, step } from '../transition'

/** After-photos are judged against the before-photos on the server; a far one is flagged, not refused. */
export const applyClose: Handler<'rectify', 'applyClose'> = async (input, ctx) => {
  const result = await step(ctx, input.itemId, 'applyClose', input.version, {
    comment: input.description,
    location: input.location,
    photos: (after) => after.afterPhotos,
    patch: (item) => {
      const photos = receivePhotos(input.afterPhotos, ctx.now, item.beforePhotos, true)
      return { afterPhotos: photos, afterFar: photos.some((p) => p.far), closeDescription: input.description }
    },
  })
  return outputOf(result)
}
