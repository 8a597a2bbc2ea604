import type { Handler } from '../../shared/handler'
import { outputOf, step } from '../transition'

/** 职责异议 does not stop the clocks: the deadline keeps running while the admin decides. */
export const dispute: Handler<'rectify', 'dispute'> = async (input, ctx) =>
  outputOf(
    await step(ctx, input.itemId, 'dispute', input.version, {
      comment: input.comment,
      location: input.location,
      patch: () => ({ disputeReason: input.comment }),
    }),
  )
