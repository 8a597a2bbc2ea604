import type { Handler } from '../../shared/handler'
import { getUnitsByIds } from '../../shared/org-units'
import { toHouseholdView } from '../../shared/household-view'
import { mayVisit, placeIds, requireSee, standingOn } from '../access'
import { currentPeriod } from '../period'
import { cardOfHousehold } from '../repo-cards'
import { householdsDue } from '../../shared/household-due'
import { loadHousehold } from '../../shared/households'
import { visitsOfHousehold } from '../repo-visits'
import { toVisitSummary } from '../views'

/** One household over time: its recent visits, the last form (the next visit opens pre-filled with it). */
export const getHousehold: Handler<'visit', 'getHousehold'> = async (input, ctx) => {
  const h = await loadHousehold(ctx.db, input.householdId)
  const s = standingOn(ctx.caller, h.unitPath, h.pairingCadreIds)
  requireSee(s)
  const place = placeIds(h.unitPath)
  const { period, periodLabel } = await currentPeriod(ctx.db, place.countyId, ctx.now)
  const [units, visits, card, due] = await Promise.all([
    getUnitsByIds(ctx.db, [place.villageId, place.townshipId]),
    visitsOfHousehold(ctx.db, h._id, 30),
    cardOfHousehold(ctx.db, h._id),
    householdsDue(ctx.db, place.countyId, [h], ctx.now),
  ])
  // 本周期 is the household's own (its kind's period); a kind without one shows the county's grid.
  const own = due.get(h._id)
  const last = visits[0]
  return {
    household: toHouseholdView(h),
    villageName: units.get(place.villageId)?.name ?? '',
    townshipName: units.get(place.townshipId)?.name ?? '',
    period: own?.period ?? period,
    periodLabel: own?.periodLabel ?? periodLabel,
    visitsThisPeriod: own?.visits ?? 0,
    cardCode: card?._id ?? null,
    mayVisit: mayVisit(s),
    lastVisit: last
      ? { id: last._id, startedAt: new Date(last.startedAt).toISOString(), form: last.form }
      : null,
    visits: visits.map(toVisitSummary),
  }
}
