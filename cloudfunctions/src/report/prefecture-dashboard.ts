import type { Dashboard, DashboardChild } from '@contract/api/report'
import { isCalendarMonth } from '@contract/domain/calendar'
import { shanghaiDay, shanghaiMonth } from '@contract/domain/presence-time'
import { DEFAULT_COVERAGE_POLICY, periodOfMonth } from '@contract/domain/visit-period'
import { kindPeriodsAt, kindPeriodsLabel } from '@contract/domain/kind-coverage'
import type { HandlerContext } from '../shared/context'
import type { OrgUnitDoc } from '../shared/docs'
import { childrenOf } from '../shared/org-units'
import { metRuleAt } from '../shared/presence-policy'
import { countedLeavePhrase } from '@contract/domain/leave-policy'
import { noticesNotEnded } from '../shared/public-notices'
import { kindPeriodsOf, loadVisitPolicy } from '../shared/visit-policy'
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
  /** The roll-up of each month it has (the shown month, the trend's). */
  byMonth: Map<string, UnitMonthDoc>
}

function childOf(c: CountyFigures, month: string): DashboardChild {
  const now = c.byMonth.get(month)
  const f = now ?? ZERO
  // 本周期 per household kind, each county under its own periods, as of its roll-up.
  const { total, visited } = now?.coverage ?? { total: 0, visited: 0 }
  return {
    id: c.county._id,
    name: c.county.name,
    coverage: { total, visited, percent: percent(visited, total) },
    presence: { cadres: f.residentCadres, met: f.cadresMet, below: f.cadresBelow, onLeave: f.cadresOnLeave },
    rectOpen: now?.rectOpen ?? 0,
    rectOverdue: now?.rectOverdue ?? 0,
  }
}

/**
 * The 州/市 dashboard, from one roll-up document per county and month (written nightly, or once here
 * where missing), never from village counters: its cost grows with counties, not villages. Each county
 * is counted with its own rules (days required, visit periods per household kind); the children are the
 * counties. Coverage is each county's roll-up's (refreshed by the nightly job, like its presence figures).
 */
export async function prefectureDashboard(
  ctx: HandlerContext,
  unit: OrgUnitDoc,
  month: string,
): Promise<Dashboard> {
  const currentMonth = shanghaiMonth(ctx.now)
  const counties = (await childrenOf(ctx.db, [unit._id])).filter((c) => c.level === 'county')
  const trendMonths = monthRange(month, 12).filter(isCalendarMonth)
  const [rules, policies] = await Promise.all([
    metRuleAt(ctx.db, unit),
    Promise.all(counties.map((c) => loadVisitPolicy(ctx.db, c._id))),
  ])
  const periods = policies.map((p) => periodOfMonth(p, month))
  const labels = policies.map((p) => kindPeriodsLabel(kindPeriodsAt(kindPeriodsOf(p), month)))
  const wanted = [...new Set([...trendMonths, month])].filter((m) => m <= currentMonth)
  const stored = await unitsMonths(
    ctx.db,
    counties.map((c) => c._id),
    wanted,
  )
  const figures: CountyFigures[] = await Promise.all(
    counties.map(async (county) => {
      const byMonth = new Map(stored.filter((d) => d.unitId === county._id).map((d) => [d.month, d]))
      // The shown month needs the open items and coverage too (older roll-ups lack them).
      const shown = byMonth.get(month)
      const missing = wanted.filter(
        (m) =>
          !byMonth.has(m) || (m === month && (shown?.rectOpen === undefined || shown.coverage === undefined)),
      )
      for (const d of await rollUpCountyMonths(ctx.db, county, missing, ctx.now)) byMonth.set(d.month, d)
      return { county, byMonth }
    }),
  )
  const children = figures.map((c) => childOf(c, month))
  const shown = sum(figures.map((c) => c.byMonth.get(month) ?? ZERO))
  const today = shanghaiDay(ctx.now)
  const notices = (
    await Promise.all(counties.map((c) => noticesNotEnded(ctx.db, 'county', c._id, today)))
  ).flat()
  const periodsShown = [...new Set(periods)]
  const labelsShown = [...new Set(labels)]
  const visited = children.reduce((n, c) => n + c.coverage.visited, 0)
  const total = children.reduce((n, c) => n + c.coverage.total, 0)
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
      total,
      visited,
      percent: percent(visited, total),
      period: periodsShown.length === 1 ? periodsShown[0] : periodOfMonth(DEFAULT_COVERAGE_POLICY, month),
      periodLabel: labelsShown.length === 1 ? labelsShown[0] : '各县走访周期不同',
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
