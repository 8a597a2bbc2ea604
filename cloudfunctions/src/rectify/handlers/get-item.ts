import { itemDetailSchema } from '@contract/api/rectify-schemas'
import { AppError } from '@contract/errors'
import type { Handler } from '../../shared/handler'
import { viewOrRefuse } from '../../shared/list-views'
import { requireVisible } from '../access'
import { findItem } from '../../shared/rectify-items'
import { eventsOf } from '../repo-events'
import { detailOf } from '../views'

export const getItem: Handler<'rectify', 'getItem'> = async (input, ctx) => {
  const item = await findItem(ctx.db, input.itemId)
  if (!item) throw new AppError('not-found', '整改事项不存在')
  const relations = requireVisible(ctx.caller, item)
  const events = await eventsOf(ctx.db, item._id)
  return viewOrRefuse(ctx, item, (doc) => detailOf(doc, events, relations, ctx.now), itemDetailSchema)
}
