import { AppError } from '@contract/errors'
import { endOfShanghaiDay } from '@contract/domain/rectification-clock'
import type { Handler } from '../../shared/handler'
import { outputOf, step } from '../transition'

/** The new deadline applies; the first one agreed stays on record as `originalDeadline`. */
export const approveExtension: Handler<'rectify', 'approveExtension'> = async (input, ctx) =>
  outputOf(
    await step(ctx, input.itemId, 'approveExtension', input.version, {
      comment: input.comment,
      patch: (item) => {
        const ask = item.extensionRequest
        if (!ask) throw new AppError('failed-precondition', '没有待批准的延期申请')
        return { deadline: ask.deadline, deadlineAt: endOfShanghaiDay(ask.deadline), originalDeadline: item.originalDeadline ?? item.deadline, extensionRequest: null }
      },
    }),
  )
