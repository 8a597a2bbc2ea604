import { AppError } from '@contract/errors'
import { endOfShanghaiDay } from '@contract/domain/rectification-clock'
import type { Handler } from '../../shared/handler'
import { outputOf, step } from '../transition'
import { rectRef, tellStep } from '../tell'

/** The new deadline applies; the first one agreed stays on record as `originalDeadline`. */
export const approveExtension: Handler<'rectify', 'approveExtension'> = async (input, ctx) => {
  const result = await step(ctx, input.itemId, 'approveExtension', input.version, {
    comment: input.comment,
    patch: (item) => {
      const ask = item.extensionRequest
      if (!ask) throw new AppError('failed-precondition', '没有待批准的延期申请')
      return {
        deadline: ask.deadline,
        deadlineAt: endOfShanghaiDay(ask.deadline),
        originalDeadline: item.originalDeadline ?? item.deadline,
        extensionRequest: null,
      }
    },
  })
  const item = result.after
  await tellStep(ctx, result, 'rect_extension_decided', {
    ...rectRef(item),
    responsibleId: item.responsiblePersonId,
    approved: true,
    deadline: item.deadline,
    deciderName: result.event.actorName,
    comment: input.comment ?? '',
  })
  return outputOf(result)
}
