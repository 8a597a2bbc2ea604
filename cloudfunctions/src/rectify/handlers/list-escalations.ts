import { SUPERVISING_ROLES } from '@contract/domain/role'
import { escalationViewSchema } from '@contract/api/rectify-schemas'
import type { Handler } from '../../shared/handler'
import { viewsOf } from '../../shared/list-views'
import { escalationView } from '../escalation-views'
import { pageEscalations } from '../repo-escalations'
import { scopeClauses, scopedWhere } from '../scope'

export const listEscalations: Handler<'rectify', 'listEscalations'> = async (input, ctx) => {
  const where = scopedWhere(ctx.db, await scopeClauses(ctx.db, ctx.caller, SUPERVISING_ROLES), {
    status: input.status,
  })
  const page = await pageEscalations(ctx.db, where, input.offset, input.limit)
  return { ...viewsOf(ctx, page.items, escalationView, escalationViewSchema), total: page.total }
}
