import type { Handler } from '../../shared/handler'
import { decide } from '../escalation-views'

export const dismissEscalation: Handler<'rectify', 'dismissEscalation'> = (input, ctx) =>
  decide(ctx, input.escalationId, 'dismissed', input.comment)
