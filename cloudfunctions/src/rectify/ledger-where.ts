import { AppError } from '@contract/errors'
import { OPEN_STATES, type RectSource, type RectState } from '@contract/domain/rectification'
import type { HandlerContext } from '../shared/context'
import type { Where } from '../shared/db-types'
import { RECT_ROLES } from './access'
import { scopeClauses, scopedWhere } from './scope'

export interface LedgerFilters {
  villageId?: string
  townshipId?: string
  source?: RectSource
  state?: RectState
  overdue?: true
}

/** The ledger's query: the caller's scope and the filters, on the `<level>Id + state` indexes. */
export async function ledgerWhere(
  ctx: HandlerContext,
  f: LedgerFilters,
  roles = RECT_ROLES,
): Promise<Where | unknown> {
  const _ = ctx.db.command
  const filters: Where = {}
  if (f.villageId) filters.villageId = f.villageId
  if (f.townshipId) filters.townshipId = f.townshipId
  if (f.source) filters.source = f.source
  if (f.state) filters.state = f.state
  if (f.overdue) {
    // Overdue: past the end of the deadline day (deadlineAt) while work is still owed.
    if (f.state && !OPEN_STATES.includes(f.state))
      throw new AppError('invalid-argument', '已结束的事项不会逾期', { field: 'overdue' })
    if (!f.state) filters.state = _.in([...OPEN_STATES])
    filters.deadlineAt = _.lt(ctx.now)
  }
  const clauses = await scopeClauses(ctx.db, ctx.caller, roles)
  return scopedWhere(ctx.db, clauses, filters)
}
