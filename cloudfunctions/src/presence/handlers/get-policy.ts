import type { Handler } from '../../shared/handler'
import { callerCountyId } from '../org'
import { loadPolicy } from '../../shared/presence-policy'

export const getPolicy: Handler<'presence', 'getPolicy'> = async (_input, ctx) =>
  loadPolicy(ctx.db, await callerCountyId(ctx))
