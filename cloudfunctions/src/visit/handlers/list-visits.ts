import { AppError } from '@contract/errors'
import { SUPERVISING_ROLES } from '@contract/domain/role'
import { periodBounds } from '@contract/domain/visit-period'
import { visitSummarySchema } from '@contract/api/visit-schemas'
import type { Handler } from '../../shared/handler'
import { viewsOf } from '../../shared/list-views'
import type { Command, Where } from '../../shared/db-types'
import { pathInScope, scopeUnitIds } from '../../shared/auth'
import { requireSee, standingOn, TEAM_ROLES } from '../access'
import { loadHousehold } from '../../shared/households'
import { loadVillage } from '../repo-units'
import { pageVisits } from '../repo-visits'
import { toVisitSummary } from '../views'

/**
 * Visits of a household, of a village (its team and overseers; a pairing cadre gets their paired
 * households there), or — with neither — the caller's own and their paired households' visits.
 */
export const listVisits: Handler<'visit', 'listVisits'> = async (input, ctx) => {
  const me = ctx.caller.person._id
  const _ = ctx.db.command
  const bounds = input.period ? periodBounds(input.period) : null
  const range: Where = bounds ? { startedAt: _.gte(bounds.from).and(_.lt(bounds.to)) } : {}
  let where: Where | Command
  if (input.householdId) {
    const h = await loadHousehold(ctx.db, input.householdId)
    requireSee(standingOn(ctx.caller, h.unitPath, h.pairingCadreIds))
    where = { householdId: h._id, ...range }
  } else if (input.villageId) {
    const village = await loadVillage(ctx.db, input.villageId)
    const whole = pathInScope(village.path, scopeUnitIds(ctx.caller, [...TEAM_ROLES, ...SUPERVISING_ROLES]))
    if (!whole && !pathInScope(village.path, scopeUnitIds(ctx.caller, ['pairing_cadre'])))
      throw new AppError('permission-denied', '该村不在您的管辖范围内')
    where = whole
      ? { villageId: village._id, ...range }
      : { villageId: village._id, pairingCadreIds: me, ...range }
  } else {
    where = _.or([
      { authorId: me, ...range },
      { pairingCadreIds: me, ...range },
    ])
  }
  const page = await pageVisits(ctx.db, where, input)
  return { ...viewsOf(ctx, page.items, toVisitSummary, visitSummarySchema), total: page.total }
}
