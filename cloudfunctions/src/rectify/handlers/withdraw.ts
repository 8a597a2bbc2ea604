import type { Handler } from '../../shared/handler'
import { outputOf, step } from '../transition'

/** Items are never deleted: a withdrawn one stays in the ledger with its reason. */
export const withdraw: Handler<'rectify', 'withdraw'> = async (input, ctx) =>
  outputOf(await step(ctx, input.itemId, 'withdraw', input.version, { comment: input.comment, patch: () => ({ withdrawReason: input.comment }) }))
