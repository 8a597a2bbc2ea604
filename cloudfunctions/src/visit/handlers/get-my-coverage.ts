import { coveragePercent, periodLabel } from '@contract/domain/visit-period'
import type { Handler } from '../../shared/handler'
import { getUnitsByIds } from '../../shared/org-units'
import { placeIds } from '../access'
import { currentPeriod } from '../period'
import { coverageOf } from '../../shared/visit-coverage'
import { householdsOfCadre } from '../../shared/households'
import { callerCountyIds } from '../repo-units'

/** A pairing cadre's own households: how many visited this period, and which are still to visit. */
export const getMyCoverage: Handler<'visit', 'getMyCoverage'> = async (input, ctx) => {
  const me = ctx.caller.person
  const households = await householdsOfCadre(ctx.db, me._id)
  const countyId = households[0]
    ? placeIds(households[0].unitPath).countyId
    : ((
        await callerCountyIds(
          ctx.db,
          ctx.caller.roles.flatMap((g) => g.unitIds),
        )
      )[0] ?? '')
  const period = input.period ?? (await currentPeriod(ctx.db, countyId, ctx.now)).period
  const [coverage, villages] = await Promise.all([
    coverageOf(
      ctx.db,
      households.map((h) => h._id),
      period,
    ),
    getUnitsByIds(
      ctx.db,
      households.map((h) => h.villageId),
    ),
  ])
  const perVillage = new Map<string, { total: number; visited: number }>()
  for (const h of households) {
    const acc = perVillage.get(h.villageId) ?? { total: 0, visited: 0 }
    perVillage.set(h.villageId, {
      total: acc.total + 1,
      visited: acc.visited + (coverage.has(h._id) ? 1 : 0),
    })
  }
  const visited = households.filter((h) => coverage.has(h._id)).length
  return {
    unit: { id: me._id, name: me.name, level: 'person' },
    period,
    periodLabel: periodLabel(period),
    total: households.length,
    visited,
    visits: [...coverage.values()].reduce((n, c) => n + c.visits, 0),
    percent: coveragePercent(visited, households.length),
    rows: [...perVillage.entries()].map(([id, a]) => ({
      id,
      name: villages.get(id)?.name ?? '',
      total: a.total,
      visited: a.visited,
      percent: coveragePercent(a.visited, a.total),
    })),
    rowKind: 'village',
    unvisited: households
      .filter((h) => !coverage.has(h._id))
      .map((h) => ({ id: h._id, headName: h.headName, cadreNames: me.name })),
  }
}
