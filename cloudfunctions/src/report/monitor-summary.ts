import type { CountItem } from '@contract/api/common'
import type { MonitorFigures } from '@contract/api/report-monitoring'
import { CASE_KIND, CASE_STEP, MEASURE_STATUS, MONITOR_TYPE } from '@contract/domain/monitoring'
import { shanghaiDay } from '@contract/domain/presence-time'
import type { MeasureLine } from '../shared/household-measures'
import type { MonitorCaseLine } from '../shared/monitor-cases'
import type { HouseholdIncomeLine } from '../shared/household-income'
import type { MonitorVillageSummary } from '../shared/stats'
import { statesOf } from './monitor-state'

const OPEN_STEPS = ['candidate', 'village_review', 'township_review', 'county_confirm'] as const
const STEP_KEYS = CASE_KIND.keys.flatMap((k) =>
  OPEN_STEPS.map((s) => ({ key: `${k}.${s}`, kind: k, step: s })),
)
const zeros = (keys: readonly string[]) => Object.fromEntries(keys.map((k) => [k, 0]))

/** One village's summary from its cases and measures (every key present, so sums never miss one). */
export function summaryOf(
  cases: readonly MonitorCaseLine[],
  measures: readonly MeasureLine[],
  incomes: readonly HouseholdIncomeLine[],
  countedAt: Date,
): MonitorVillageSummary {
  // Day-independent facts only: overdue and "this year" are decided when the summary is read.
  const states = statesOf(cases, '', '')
  const underWay = new Set(measures.filter((m) => m.status !== 'done').map((m) => m.householdId))
  const byType = zeros(MONITOR_TYPE.keys)
  const openSteps = zeros(STEP_KEYS.map((s) => s.key))
  const measuresByStatus = zeros(MEASURE_STATUS.keys)
  for (const s of states) {
    if (s.monitored && s.monitorType) byType[s.monitorType] += 1
    if (s.open && `${s.open.kind}.${s.open.step}` in openSteps)
      openSteps[`${s.open.kind}.${s.open.step}`] += 1
  }
  for (const m of measures) measuresByStatus[m.status] += 1
  return {
    byType,
    openSteps,
    openDueDays: states.flatMap((s) => (s.open?.stepDueDay ? [s.open.stepDueDay] : [])),
    resolvedDays: cases
      .filter((c) => c.kind === 'clearance' && c.step === 'done')
      .map((c) => shanghaiDay(new Date(c.updatedAt))),
    unmeasuredIncomes: incomes.flatMap((h) => (h.income && !underWay.has(h._id) ? [h.income.perCapita] : [])),
    measuresByStatus,
    measuresOpenPlanned: measures.filter((m) => m.status !== 'done').map((m) => m.plannedDay),
    countedAt,
  }
}

const sum = (list: readonly MonitorVillageSummary[], pick: (s: MonitorVillageSummary) => number) =>
  list.reduce((n, s) => n + pick(s), 0)

/** The headline figures of some villages on a given day, against the county's 监测标准 `incomeLine`. */
export function figuresOfSummaries(
  list: readonly MonitorVillageSummary[],
  today: string,
  year: string,
  incomeLine: number,
): MonitorFigures {
  return {
    monitored: sum(list, (s) => Object.values(s.byType).reduce((a, b) => a + b, 0)),
    open: sum(list, (s) => Object.values(s.openSteps).reduce((a, b) => a + b, 0)),
    overdue: sum(list, (s) => s.openDueDays.filter((d) => d < today).length),
    resolvedThisYear: sum(list, (s) => s.resolvedDays.filter((d) => d.startsWith(`${year}-`)).length),
    withoutMeasure: sum(list, (s) => (s.unmeasuredIncomes ?? []).filter((x) => x < incomeLine).length),
  }
}

export function byTypeOfSummaries(list: readonly MonitorVillageSummary[]): CountItem[] {
  return MONITOR_TYPE.keys.map((key) => ({
    key,
    label: MONITOR_TYPE.labels[key],
    value: sum(list, (s) => s.byType[key] ?? 0),
  }))
}

export function byStepsOfSummaries(list: readonly MonitorVillageSummary[]): CountItem[] {
  return STEP_KEYS.map(({ key, kind, step }) => ({
    key,
    label: `${CASE_KIND.labels[kind]}·${CASE_STEP.labels[step]}`,
    value: sum(list, (s) => s.openSteps[key] ?? 0),
  }))
}

export function measuresOfSummaries(
  list: readonly MonitorVillageSummary[],
  today: string,
): { byStatus: CountItem[]; behind: number } {
  return {
    byStatus: MEASURE_STATUS.keys.map((key) => ({
      key,
      label: MEASURE_STATUS.labels[key],
      value: sum(list, (s) => s.measuresByStatus[key] ?? 0),
    })),
    behind: sum(list, (s) => s.measuresOpenPlanned.filter((d) => d < today).length),
  }
}
