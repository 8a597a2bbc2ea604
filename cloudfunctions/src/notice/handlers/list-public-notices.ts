import { AppError } from '@contract/errors'
import { shanghaiDay } from '@contract/domain/presence-time'
import { noticeSummarySchema } from '@contract/api/notice-schemas'
import type { Handler } from '../../shared/handler'
import { viewsOf } from '../../shared/list-views'
import { placeOf } from '../place'
import { unitByCode } from '../../shared/org-units'
import { noticesOfUnits } from '../../shared/public-notices'
import { noticeSummary } from '../views'

/** A village's notices and its township's, newest first; anyone may read them. */
export const listPublicNotices: Handler<'notice', 'listPublicNotices'> = async (input, ctx) => {
  const village = await unitByCode(ctx.db, input.villageCode)
  if (!village || village.level !== 'village') throw new AppError('not-found', '未找到该村，请重新选择')
  const page = await noticesOfUnits(
    ctx.db,
    [village._id, placeOf(village).townshipId],
    input.offset,
    input.limit,
  )
  const today = shanghaiDay(ctx.now)
  return {
    villageName: village.name,
    ...viewsOf(ctx, page.items, (d) => noticeSummary(d, today), noticeSummarySchema),
    total: page.total,
  }
}
