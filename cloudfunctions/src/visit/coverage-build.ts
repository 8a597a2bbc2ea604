import { coveragePercent, monthsOfPeriod, sumOverPeriod } from '@contract/domain/visit-period'
import { countedMonths, kindCoverage, type KindPeriodNow } from '@contract/domain/kind-coverage'
import type { Coverage } from '@contract/api/visit-schemas'
import type { Database } from '../shared/db-types'
import type { HouseholdDoc, OrgUnitDoc, PersonDoc } from '../shared/docs'
import type { CoverageDoc } from './docs'
import { villageMonths as monthStats, villageStatics as villageStats } from '../shared/stats'

type Row = Coverage['rows'][number]
const row = (id: string, name: string, total: number, visited: number): Row => ({
  id,
  name,
  total,
  visited,
  percent: coveragePercent(visited, total),
})

/**
 * Coverage of many villages from counters only: household totals from `stats_village`, visited
 * households from `stats_village_month` summed over the months of the period. No visit is read.
 */
export async function villageRows(
  db: Database,
  villages: OrgUnitDoc[],
  period: string,
): Promise<{ rows: Row[]; visits: number }> {
  const ids = villages.map((v) => v._id)
  const [stats, monthly] = await Promise.all([
    villageStats(db, ids),
    monthStats(db, ids, monthsOfPeriod(period)),
  ])
  let visits = 0
  const rows = villages.map((v) => {
    const sum = sumOverPeriod(
      period,
      monthly.filter((m) => m.villageId === v._id),
    )
    visits += sum.visits
    return row(v._id, v.name, stats.get(v._id)?.households ?? 0, sum.visitedHouseholds)
  })
  return { rows, visits }
}

/**
 * Coverage of many villages in 本周期, each kind in its own current period (`now`), from counters
 * only: households by kind from `stats_village`, the kinds' visited counters from the month docs the
 * periods start in. `visits` are the visits made in the months of those periods.
 */
export async function villageKindRows(
  db: Database,
  villages: OrgUnitDoc[],
  now: readonly KindPeriodNow[],
  month: string,
): Promise<{ rows: Row[]; visits: number }> {
  const ids = villages.map((v) => v._id)
  const visitMonths = new Set(now.flatMap((p) => monthsOfPeriod(p.period)))
  const [stats, monthly] = await Promise.all([
    villageStats(db, ids),
    monthStats(db, ids, [...new Set([...countedMonths(month, now), ...visitMonths])]),
  ])
  const visits = monthly.filter((m) => visitMonths.has(m.month)).reduce((n, m) => n + (m.visits ?? 0), 0)
  const rows = villages.map((v) => {
    const c = kindCoverage([v._id], now, stats, monthly)
    return row(v._id, v.name, c.total, c.visited)
  })
  return { rows, visits }
}

/** Villages' rows folded into their townships (each kind already counted within each village). */
export function townshipRows(
  villageRowsList: Row[],
  villages: OrgUnitDoc[],
  townships: Map<string, OrgUnitDoc>,
): Row[] {
  const byTownship = new Map<string, { total: number; visited: number }>()
  villageRowsList.forEach((r, i) => {
    const t = villages[i].parentId ?? ''
    const acc = byTownship.get(t) ?? { total: 0, visited: 0 }
    byTownship.set(t, { total: acc.total + r.total, visited: acc.visited + r.visited })
  })
  return [...byTownship.entries()].map(([id, a]) =>
    row(id, townships.get(id)?.name ?? '', a.total, a.visited),
  )
}

/** One village (or one cadre's households) in detail: per pairing cadre, and who is not yet visited. */
export function householdCoverage(
  households: HouseholdDoc[],
  coverage: Map<string, Pick<CoverageDoc, 'visits'>>,
  people: Map<string, PersonDoc>,
) {
  const perCadre = new Map<string, { total: number; visited: number }>()
  for (const h of households) {
    for (const c of h.pairingCadreIds) {
      const acc = perCadre.get(c) ?? { total: 0, visited: 0 }
      perCadre.set(c, { total: acc.total + 1, visited: acc.visited + (coverage.has(h._id) ? 1 : 0) })
    }
  }
  const names = (ids: string[]) =>
    ids
      .map((id) => people.get(id)?.name ?? '')
      .filter(Boolean)
      .join('、')
  return {
    rows: [...perCadre.entries()].map(([id, a]) =>
      row(id, people.get(id)?.name ?? '（已离任）', a.total, a.visited),
    ),
    unvisited: households
      .filter((h) => !coverage.has(h._id))
      .map((h) => ({ id: h._id, headName: h.headName, cadreNames: names(h.pairingCadreIds) })),
    visited: households.filter((h) => coverage.has(h._id)).length,
    visits: [...coverage.values()].reduce((n, c) => n + c.visits, 0),
  }
}
