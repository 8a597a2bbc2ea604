import type { Handler } from '../../shared/handler'
import { outputOf, step } from '../transition'

export const sign: Handler<'rectify', 'sign'> = async (input, ctx) =>
  outputOf(
    await step(ctx, input.itemId, 'sign', input.version, {
      comment: input.comment,
      location: input.location,
      patch: () => ({ signedAt: ctx.now }),
    }),
  )
