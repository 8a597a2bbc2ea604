import { AppError } from '@contract/errors'
import { SUPERVISING_ROLES } from '@contract/domain/role'
import { householdRowSchema } from '@contract/api/visit-schemas'
import type { Handler } from '../../shared/handler'
import { viewsOf } from '../../shared/list-views'
import { searchableName } from '../../shared/initials'
import { filterByName } from '@contract/domain/name-search'
import type { HouseholdDoc } from '../../shared/docs'
import { pathInScope, scopeUnitIds } from '../../shared/auth'
import { getUnitsByIds } from '../../shared/org-units'
import { placeIds, TEAM_ROLES } from '../access'
import { currentPeriod } from '../period'
import { householdsDue } from '../../shared/household-due'
import { householdsOfVillage } from '../../shared/households'
import { myHouseholds } from '../my-households'
import { callerCountyIds, loadVillage } from '../repo-units'
import { toHouseholdRow } from '../views'

/**
 * Households with their visits this period: a village's (team, overseers), or without a village the
 * caller's own (我的走访: the village team's villages and the households they pair with).
 */
export const listHouseholdVisits: Handler<'visit', 'listHouseholdVisits'> = async (input, ctx) => {
  const me = ctx.caller.person._id
  let households: HouseholdDoc[]
  let countyId: string
  if (input.villageId) {
    const village = await loadVillage(ctx.db, input.villageId)
    const whole = pathInScope(village.path, scopeUnitIds(ctx.caller, [...TEAM_ROLES, ...SUPERVISING_ROLES]))
    if (!whole && !pathInScope(village.path, scopeUnitIds(ctx.caller, ['pairing_cadre'])))
      throw new AppError('permission-denied', '该村不在您的管辖范围内')
    const all = await householdsOfVillage(ctx.db, village._id)
    households = whole ? all : all.filter((h) => h.pairingCadreIds.includes(me))
    countyId = placeIds(village.path).countyId
  } else {
    households = await myHouseholds(ctx.db, ctx.caller.roles, me)
    countyId = households[0]
      ? placeIds(households[0].unitPath).countyId
      : ((
          await callerCountyIds(
            ctx.db,
            ctx.caller.roles.flatMap((g) => g.unitIds),
          )
        )[0] ?? '')
  }
  const { period, periodLabel } = await currentPeriod(ctx.db, countyId, ctx.now)
  households = filterByName(households, input, (h) => searchableName(h.headName, 'person'))
  const [due, villages] = await Promise.all([
    householdsDue(ctx.db, countyId, households, ctx.now),
    getUnitsByIds(
      ctx.db,
      households.map((h) => h.villageId),
    ),
  ])
  // 本周期 is each household's own: 监测对象 monthly, 脱贫户 quarterly, ... as the county set.
  if (input.unvisitedOnly) households = households.filter((h) => due.get(h._id)?.due)
  const shown = viewsOf(
    ctx,
    households.slice(input.offset, input.offset + input.limit),
    (h) => toHouseholdRow(h, villages.get(h.villageId)?.name ?? '', due.get(h._id), me),
    householdRowSchema,
  )
  return { ...shown, total: households.length, period, periodLabel }
}
