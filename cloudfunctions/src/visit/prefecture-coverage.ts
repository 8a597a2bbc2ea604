import { coveragePercent, periodLabel } from '@contract/domain/visit-period'
import type { Coverage } from '@contract/api/visit-schemas'
import type { Database } from '../shared/db-types'
import type { OrgUnitDoc } from '../shared/docs'
import { childrenOf, unitsUnderUnits } from '../shared/org-units'
import { villageRows } from './coverage-build'
import { currentPeriod } from './period'

/**
 * A 州/市's coverage: one row per county, each counted over its own current period (counties set
 * their own 走访周期) unless a period is asked for; from the village counters, no visit read.
 */
export async function prefectureCoverage(
  db: Database,
  unit: OrgUnitDoc,
  asked: string | undefined,
  now: Date,
): Promise<Coverage> {
  const counties = (await childrenOf(db, [unit._id])).filter((c) => c.level === 'county')
  const perCounty = await Promise.all(
    counties.map(async (county) => {
      const period = asked ?? (await currentPeriod(db, county._id, now)).period
      const villages = await unitsUnderUnits(db, [county], 'village')
      const { rows, visits } = await villageRows(db, villages, period)
      const total = rows.reduce((n, r) => n + r.total, 0)
      const visited = rows.reduce((n, r) => n + r.visited, 0)
      return { county, period, total, visited, visits }
    }),
  )
  const periods = [...new Set(perCounty.map((c) => c.period))]
  const period = periods[0] ?? asked ?? (await currentPeriod(db, unit._id, now)).period
  const total = perCounty.reduce((n, c) => n + c.total, 0)
  const visited = perCounty.reduce((n, c) => n + c.visited, 0)
  return {
    unit: { id: unit._id, name: unit.name, level: unit.level },
    period,
    periodLabel: periods.length > 1 ? '各县本周期' : periodLabel(period),
    total,
    visited,
    visits: perCounty.reduce((n, c) => n + c.visits, 0),
    percent: coveragePercent(visited, total),
    rows: perCounty.map((c) => ({
      id: c.county._id,
      name: c.county.name,
      total: c.total,
      visited: c.visited,
      percent: coveragePercent(c.visited, c.total),
    })),
    rowKind: 'county',
    unvisited: [],
  }
}
