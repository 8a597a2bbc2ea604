import type { Handler } from '../../shared/handler'
import { outputOf, step } from '../transition'

export const start: Handler<'rectify', 'start'> = async (input, ctx) =>
  outputOf(
    await step(ctx, input.itemId, 'start', input.version, {
      comment: input.comment,
      location: input.location,
    }),
  )
