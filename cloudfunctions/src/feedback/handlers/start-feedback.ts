import type { Handler } from '../../shared/handler'
import { takeStep } from '../step'

export const startFeedback: Handler<'feedback', 'startFeedback'> = async (input, ctx) =>
  takeStep(ctx, input.feedbackId, 'start', {}, '已受理', '受理投诉建议')
