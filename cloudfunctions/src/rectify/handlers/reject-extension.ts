import type { Handler } from '../../shared/handler'
import { outputOf, step } from '../transition'

export const rejectExtension: Handler<'rectify', 'rejectExtension'> = async (input, ctx) =>
  outputOf(await step(ctx, input.itemId, 'rejectExtension', input.version, { comment: input.comment, patch: () => ({ extensionRequest: null }) }))
