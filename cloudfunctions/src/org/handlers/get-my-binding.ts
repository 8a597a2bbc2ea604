import type { Handler } from '../../shared/handler'
import { latestRequestOf } from '../repo-binding'

export const getMyBinding: Handler<'org', 'getMyBinding'> = async (_input, ctx) => {
  if (ctx.caller.person) return { bound: true, personName: ctx.caller.person.name }
  const latest = ctx.caller.openid ? await latestRequestOf(ctx.db, ctx.caller.openid) : null
  return {
    bound: false,
    request: latest ? { status: latest.status, createdAt: latest.createdAt.toISOString() } : undefined,
  }
}
