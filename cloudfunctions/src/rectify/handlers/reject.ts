import type { Handler } from '../../shared/handler'
import { outputOf, step } from '../transition'
import { rectRef, tellStep } from '../tell'

/**
 * 驳回 sends the item back to 整改中 with the reviewer's words, which the responsible person is told.
 * It is not a strike: one returned application is an ambiguous fact (a blurred photo, a missing
 * line), so the escalation rule counts missed deadlines only (ESCALATION_POLICY).
 */
export const reject: Handler<'rectify', 'reject'> = async (input, ctx) => {
  const me = ctx.caller.person
  const result = await step(ctx, input.itemId, 'reject', input.version, {
    comment: input.comment,
    location: input.location,
    patch: () => ({ reviewComment: input.comment, reviewerId: me._id, reviewerName: me.name }),
  })
  const item = result.after
  await tellStep(ctx, result, 'rect_returned', {
    ...rectRef(item),
    responsibleId: item.responsiblePersonId,
    reviewerName: me.name,
    comment: input.comment,
  })
  return outputOf(result)
}
