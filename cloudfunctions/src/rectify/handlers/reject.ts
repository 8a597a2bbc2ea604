import type { Handler } from '../../shared/handler'
import { proposeEscalation } from '../strikes'
import { outputOf, step } from '../transition'

/** 驳回 sends the item back to 整改中 and counts as a strike against the responsible person. */
export const reject: Handler<'rectify', 'reject'> = async (input, ctx) => {
  const me = ctx.caller.person
  const result = await step(ctx, input.itemId, 'reject', input.version, {
    comment: input.comment,
    location: input.location,
    strike: true,
    patch: () => ({ reviewComment: input.comment, reviewerId: me._id, reviewerName: me.name }),
  })
  await proposeEscalation(ctx.db, result.after, result.event, 'rejected', ctx.now)
  return outputOf(result)
}
