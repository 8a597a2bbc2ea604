import { AppError } from '@contract/errors'
import { shanghaiMonth } from '@contract/domain/rectification-clock'
import { MISSING_CONFIRMATION, confirmationRequired } from '@contract/domain/rectification-evidence-rules'
import type { Handler } from '../../shared/handler'
import { bumpStats } from '../../shared/stats'
import { asDate, receivePhotos } from '../photos'
import { outputOf, step } from '../transition'
import { bindEvidence, withEvidence } from '../evidence-binding'
import { findItem } from '../../shared/rectify-items'
import { rectRef, tellStep } from '../tell'

const DAY_MS = 86_400_000

/**
 * 销号: the reviewer's own comment is required; days to close count from dispatch. A document or
 * conduct problem closed with no after-photo and no file needs the reviewer's written on-site
 * confirmation, kept with who wrote it and when.
 */
export const close: Handler<'rectify', 'close'> = async (input, ctx) => {
  const me = ctx.caller.person
  const found = await findItem(ctx.db, input.itemId)
  if (!found) throw new AppError('not-found', '整改事项不存在')
  const bound = await bindEvidence(ctx, found, input.photos, 'review', 'photos')
  const result = await withEvidence(ctx, found._id, bound, () =>
    step(ctx, input.itemId, 'close', input.version, {
      comment: input.comment,
      location: input.location,
      photos: receivePhotos(input.photos, ctx.now, bound.uploads),
      patch: (current) => {
        const confirmation = input.confirmation ?? ''
        if (
          !confirmation &&
          confirmationRequired(
            current.category,
            current.afterPhotos.length,
            (current.afterFiles ?? []).length,
          )
        ) {
          throw new AppError('invalid-argument', MISSING_CONFIRMATION, { field: 'confirmation' })
        }
        const siteConfirmation = confirmation
          ? { text: confirmation, byId: me._id, byName: me.name, at: ctx.now }
          : (current.siteConfirmation ?? null)
        return {
          closedAt: ctx.now,
          reviewComment: input.comment,
          reviewerId: me._id,
          reviewerName: me.name,
          siteConfirmation,
        }
      },
    }),
  )
  const item = result.after
  const month = shanghaiMonth(ctx.now)
  const from = item.dispatchedAt ? asDate(item.dispatchedAt) : asDate(item.registeredAt)
  const days = Math.round(((ctx.now.getTime() - from.getTime()) / DAY_MS) * 10) / 10
  await bumpStats(
    ctx.db,
    'stats_village_month',
    `${item.villageId}_${month}`,
    { villageId: item.villageId, townshipId: item.townshipId, month },
    { rectClosed: 1, rectCloseDays: days },
  )
  await tellStep(ctx, result, 'rect_closed', {
    ...rectRef(item),
    responsibleId: item.responsiblePersonId,
    reviewerName: me.name,
    comment: input.comment,
  })
  return outputOf(result)
}
