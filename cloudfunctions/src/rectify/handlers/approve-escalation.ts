import type { Handler } from '../../shared/handler'
import { decide } from '../escalation-views'

export const approveEscalation: Handler<'rectify', 'approveEscalation'> = (input, ctx) =>
  decide(ctx, input.escalationId, 'approved', input.comment)
