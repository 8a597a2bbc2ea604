import type { Handler } from '../../shared/handler'
import { outputOf, step } from '../transition'
import { rectRef, tellStep } from '../tell'

/** Items are never deleted: a withdrawn one stays in the ledger with its reason. */
export const withdraw: Handler<'rectify', 'withdraw'> = async (input, ctx) => {
  const result = await step(ctx, input.itemId, 'withdraw', input.version, {
    comment: input.comment,
    patch: () => ({ withdrawReason: input.comment }),
  })
  // Before dispatch the responsible person was never given the item: nothing of theirs changed.
  if (result.before.state !== 'registered') {
    await tellStep(ctx, result, 'rect_withdrawn', {
      ...rectRef(result.after),
      responsibleId: result.after.responsiblePersonId,
      actorName: result.event.actorName,
      comment: input.comment,
    })
  }
  return outputOf(result)
}
