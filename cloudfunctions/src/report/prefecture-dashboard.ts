import type { Dashboard, DashboardChild } from '@contract/api/report'
import { isCalendarMonth } from '@contract/domain/calendar'
import { shanghaiDay, shanghaiMonth } from '@contract/domain/presence-time'
import {
  DEFAULT_COVERAGE_POLICY,
  monthsOfPeriod,
  periodLabel,
  periodOfMonth,
} from '@contract/domain/visit-period'
import type { HandlerContext } from '../shared/context'
import type { OrgUnitDoc } from '../shared/docs'
import { childrenOf } from '../shared/org-units'
import { metRuleAt } from '../shared/presence-policy'
import { countedLeavePhrase } from '@contract/domain/leave-policy'
import { noticesNotEnded } from '../shared/public-notices'
import { loadVisitPolicy } from '../shared/visit-policy'
import { rollUpCountyMonths } from './county-months'
import { unitsMonths, type UnitMonthDoc } from './repo-stats'
import { monthRange, percent, type UnitFigures } from './rollup'
import { pointOf } from './trend'

const ZERO: UnitFigures = {
  villages: 0,
  households: 0,
  visitedHouseholds: 0,
  visits: 0,
  residentCadres: 0,
  cadresMet: 0,
  cadresOnLeave: 0,
  cadresBelow: 0,
  presenceDays: 0,
  rectOpened: 0,
  rectClosed: 0,
  rectCloseDays: 0,
}

function sum(docs: readonly UnitFigures[]): UnitFigures {
  const f = { ...ZERO }
  for (const d of docs) for (const k of Object.keys(f) as Array<keyof UnitFigures>) f[k] += d[k] ?? 0
  return f
}

interface CountyFigures {
  county: OrgUnitDoc
  /** The roll-up of each month it has (the shown month, the trend's, its visit period's). */
  byMonth: Map<string, UnitMonthDoc>
  period: string
}

function childOf(c: CountyFigures, month: string): DashboardChild {
  const now = c.byMonth.get(month)
  const f = now ?? ZERO
  const visited = monthsOfPeriod(c.period).reduce((n, m) => n + (c.byMonth.get(m)?.visitedHouseholds ?? 0), 0)
  return {
    id: c.county._id,
    name: c.county.name,
    coverage: { total: f.households, visited, percent: percent(visited, f.households) },
    presence: { cadres: f.residentCadres, met: f.cadresMet, below: f.cadresBelow, onLeave: f.cadresOnLeave },
    rectOpen: now?.rectOpen ?? 0,
    rectOverdue: now?.rectOverdue ?? 0,
  }
}

/**
 * The 州/市 dashboard, from one roll-up document per county and month (written nightly, or once here
 * where missing), never from village counters: its cost grows with counties, not villages. Each county
 * is counted with its own rules (days required, visit period); the children are the counties.
 */
export async function prefectureDashboard(
  ctx: HandlerContext,
  unit: OrgUnitDoc,
  month: string,
): Promise<Dashboard> {
  const currentMonth = shanghaiMonth(ctx.now)
  const counties = (await childrenOf(ctx.db, [unit._id])).filter((c) => c.level === 'county')
  const trendMonths = monthRange(month, 12).filter(isCalendarMonth)
  const [rules, periods] = await Promise.all([
    metRuleAt(ctx.db, unit),
    Promise.all(counties.map(async (c) => periodOfMonth(await loadVisitPolicy(ctx.db, c._id), month))),
  ])
  const wanted = (i: number) =>
    [...new Set([...trendMonths, ...monthsOfPeriod(periods[i])])].filter((m) => m <= currentMonth)
  const stored = await unitsMonths(
    ctx.db,
    counties.map((c) => c._id),
    [...new Set(counties.flatMap((_, i) => wanted(i)))],
  )
  const figures: CountyFigures[] = await Promise.all(
    counties.map(async (county, i) => {
      const byMonth = new Map(stored.filter((d) => d.unitId === county._id).map((d) => [d.month, d]))
      // The shown month needs the open items too (roll-ups stored before they were counted lack them).
      const missing = wanted(i).filter(
        (m) => !byMonth.has(m) || (m === month && byMonth.get(m)?.rectOpen === undefined),
      )
      for (const d of await rollUpCountyMonths(ctx.db, county, missing, ctx.now)) byMonth.set(d.month, d)
      return { county, byMonth, period: periods[i] }
    }),
  )
  const children = figures.map((c) => childOf(c, month))
  const shown = sum(figures.map((c) => c.byMonth.get(month) ?? ZERO))
  const today = shanghaiDay(ctx.now)
  const notices = (
    await Promise.all(counties.map((c) => noticesNotEnded(ctx.db, 'county', c._id, today)))
  ).flat()
  const periodsShown = [...new Set(periods)]
  const visited = children.reduce((n, c) => n + c.coverage.visited, 0)
  return {
    unit: { id: unit._id, name: unit.name, level: 'prefecture' },
    month,
    requiredDays: rules.requiredDays,
    leaveRule: countedLeavePhrase(rules.counts),
    presence: {
      cadres: shown.residentCadres,
      met: shown.cadresMet,
      below: shown.cadresBelow,
      onLeave: shown.cadresOnLeave,
    },
    visits: {
      total: shown.households,
      visited,
      percent: percent(visited, shown.households),
      period: periodsShown.length === 1 ? periodsShown[0] : periodOfMonth(DEFAULT_COVERAGE_POLICY, month),
      periodLabel: periodsShown.length === 1 ? periodLabel(periodsShown[0]) : '各县走访周期不同',
    },
    rectify: {
      open: children.reduce((n, c) => n + c.rectOpen, 0),
      overdue: children.reduce((n, c) => n + c.rectOverdue, 0),
      closedThisMonth: shown.rectClosed,
      avgCloseDays:
        shown.rectClosed > 0 ? Math.round((shown.rectCloseDays / shown.rectClosed) * 10) / 10 : null,
    },
    notices: { inWindow: notices.length, objections: notices.reduce((n, x) => n + (x.objections ?? 0), 0) },
    trend: trendMonths.map((m) => pointOf(m, sum(figures.map((c) => c.byMonth.get(m) ?? ZERO)))),
    childLevel: 'county',
    children,
  }
}
