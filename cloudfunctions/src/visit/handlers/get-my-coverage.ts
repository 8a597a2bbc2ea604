import { coveragePercent, periodLabel } from '@contract/domain/visit-period'
import type { Handler } from '../../shared/handler'
import { getUnitsByIds } from '../../shared/org-units'
import { placeIds } from '../access'
import { currentPeriod } from '../period'
import { coverageOf } from '../../shared/visit-coverage'
import { householdsDue } from '../../shared/household-due'
import type { HouseholdDoc } from '../../shared/docs'
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
  const [seen, villages] = await Promise.all([
    visitedOf(ctx, countyId, households, input.period ?? null, period),
    getUnitsByIds(
      ctx.db,
      households.map((h) => h.villageId),
    ),
  ])
  // Now: each household in its own 本周期, and only those whose kind has a set period count.
  // A past grid period asked by name: every household against that period.
  const { required } = seen
  const counted = required ? households.filter((h) => required.has(h._id)) : households
  const coverage = seen.visited
  const perVillage = new Map<string, { total: number; visited: number }>()
  for (const h of counted) {
    const acc = perVillage.get(h.villageId) ?? { total: 0, visited: 0 }
    perVillage.set(h.villageId, {
      total: acc.total + 1,
      visited: acc.visited + (coverage.has(h._id) ? 1 : 0),
    })
  }
  const visited = counted.filter((h) => coverage.has(h._id)).length
  return {
    unit: { id: me._id, name: me.name, level: 'person' },
    period,
    periodLabel: input.period ? periodLabel(period) : '本周期',
    total: counted.length,
    visited,
    visits: [...coverage.values()].reduce((n, c) => n + c, 0),
    percent: coveragePercent(visited, counted.length),
    rows: [...perVillage.entries()].map(([id, a]) => ({
      id,
      name: villages.get(id)?.name ?? '',
      total: a.total,
      visited: a.visited,
      percent: coveragePercent(a.visited, a.total),
    })),
    rowKind: 'village',
    unvisited: counted
      .filter((h) => !coverage.has(h._id))
      .map((h) => ({ id: h._id, headName: h.headName, cadreNames: me.name })),
  }
}

/** Visits per visited household, and (for the current period) which households have a set period. */
async function visitedOf(
  ctx: Parameters<Handler<'visit', 'getMyCoverage'>>[1],
  countyId: string,
  households: HouseholdDoc[],
  asked: string | null,
  period: string,
): Promise<{ visited: Map<string, number>; required: Set<string> | null }> {
  const ids = households.map((h) => h._id)
  if (asked) {
    const docs = await coverageOf(ctx.db, ids, period)
    return { visited: new Map([...docs].map(([id, d]) => [id, d.visits])), required: null }
  }
  const due = await householdsDue(ctx.db, countyId, households, ctx.now)
  const visited = new Map<string, number>()
  const required = new Set<string>()
  for (const [id, d] of due) {
    if (!d.required) continue
    required.add(id)
    if (!d.due) visited.set(id, d.visits)
  }
  return { visited, required }
}
