import { AppError } from '@contract/errors'
import type { Handler } from '../../shared/handler'
import { requireFutureDay } from '../item-factory'
import { outputOf, step } from '../transition'

export const requestExtension: Handler<'rectify', 'requestExtension'> = async (input, ctx) => {
  requireFutureDay(input.deadline, ctx.now, 'deadline')
  const result = await step(ctx, input.itemId, 'requestExtension', input.version, {
    comment: `申请延期至 ${input.deadline}：${input.comment}`,
    location: input.location,
    patch: (item) => {
      if (input.deadline <= item.deadline)
        throw new AppError('invalid-argument', '延期后的时限须晚于当前时限', { field: 'deadline' })
      return { extensionRequest: { deadline: input.deadline, reason: input.comment, at: ctx.now } }
    },
  })
  return outputOf(result)
}
