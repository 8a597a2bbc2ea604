import type { Handler } from '../../shared/handler'
import { takeStep } from '../step'

/** Closing says why (answered and settled, a duplicate, not a matter for the department). */
export const closeFeedback: Handler<'feedback', 'closeFeedback'> = async (input, ctx) =>
  takeStep(
    ctx,
    input.feedbackId,
    'close',
    { closeReason: input.reason },
    '已关闭',
    `关闭投诉建议：${input.reason.slice(0, 100)}`,
  )
