import type { Handler } from '../../shared/handler'
import { callerUnit } from '../org'
import { loadPolicyAt } from '../../shared/presence-policy'

export const getPolicy: Handler<'presence', 'getPolicy'> = async (_input, ctx) =>
  loadPolicyAt(ctx.db, await callerUnit(ctx))
