import type { Handler } from '../../shared/handler'
import { outputOf, step } from '../transition'
import { rectRef, tellStep } from '../tell'

export const rejectExtension: Handler<'rectify', 'rejectExtension'> = async (input, ctx) => {
  const result = await step(ctx, input.itemId, 'rejectExtension', input.version, {
    comment: input.comment,
    patch: () => ({ extensionRequest: null }),
  })
  const item = result.after
  await tellStep(ctx, result, 'rect_extension_decided', {
    ...rectRef(item),
    responsibleId: item.responsiblePersonId,
    approved: false,
    deadline: item.deadline,
    deciderName: result.event.actorName,
    comment: input.comment,
  })
  return outputOf(result)
}
