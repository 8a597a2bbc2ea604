import { coveragePercent, periodLabel } from '@contract/domain/visit-period'
import type { Coverage } from '@contract/api/visit-schemas'
import type { Database } from '../shared/db-types'
import type { OrgUnitDoc } from '../shared/docs'
import { childrenOf, unitsUnderUnits } from '../shared/org-units'
import { shanghaiMonth } from '@contract/domain/presence-time'
import { villageKindRows, villageRows } from './coverage-build'
import { currentPeriod, kindPeriodsNow } from './period'

/**
 * A 州/市's coverage: one row per county, each household kind counted over its county's current
 * period for it (counties set their own 走访周期) unless a period is asked for; from the village
 * counters, no visit read.
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
      // Now: each kind of each county in its own 本周期; a period asked by name: every household.
      const { rows, visits } = asked
        ? await villageRows(db, villages, asked)
        : await villageKindRows(db, villages, await kindPeriodsNow(db, county._id, now), shanghaiMonth(now))
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
    periodLabel: asked ? periodLabel(asked) : '各县本周期（按农户类型）',
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
