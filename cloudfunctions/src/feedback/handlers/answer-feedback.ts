import type { Handler } from '../../shared/handler'
import { takeStep } from '../step'

/** The answer the sender reads in the app: who answered and when are kept with it. */
export const answerFeedback: Handler<'feedback', 'answerFeedback'> = async (input, ctx) => {
  const me = ctx.caller.person
  return takeStep(
    ctx,
    input.feedbackId,
    'answer',
    {
      answer: input.answer,
      answeredAt: ctx.now,
      answeredById: me?._id ?? null,
      answeredByName: me?.name ?? null,
    },
    '已答复',
    `答复投诉建议：${input.answer.slice(0, 100)}`,
  )
}
