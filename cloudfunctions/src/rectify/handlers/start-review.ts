import type { Handler } from '../../shared/handler'
import { outputOf, step } from '../transition'

/** The reviewer takes the application, so the cadre sees who is looking at it. */
export const startReview: Handler<'rectify', 'startReview'> = async (input, ctx) =>
  outputOf(
    await step(ctx, input.itemId, 'startReview', input.version, {
      comment: input.comment,
      patch: () => ({ reviewerId: ctx.caller.person._id, reviewerName: ctx.caller.person.name }),
    }),
  )
