import { SUPERVISING_ROLES } from '@contract/domain/role'
import type { Handler } from '../../shared/handler'
import { escalationView } from '../escalation-views'
import { pageEscalations } from '../repo-escalations'
import { scopeClauses, scopedWhere } from '../scope'

export const listEscalations: Handler<'rectify', 'listEscalations'> = async (input, ctx) => {
  const where = scopedWhere(ctx.db, await scopeClauses(ctx.db, ctx.caller, SUPERVISING_ROLES), { status: input.status })
  const page = await pageEscalations(ctx.db, where, input.offset, input.limit)
  return { items: page.items.map(escalationView), total: page.total }
}
