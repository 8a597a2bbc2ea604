import type { MonitorChild, MonitorFigures } from '@contract/api/report-monitoring'
import type { CountItem } from '@contract/api/common'
import { CASE_KIND, CASE_STEP, MEASURE_STATUS, MONITOR_TYPE } from '@contract/domain/monitoring'
import { isMeasureOverdue } from '@contract/domain/household-measure'
import type { MeasureLine } from '../shared/household-measures'
import type { HouseholdMonitorState } from './monitor-state'

const OPEN_STEPS = ['candidate', 'village_review', 'township_review', 'county_confirm'] as const

/** The five headline figures of some households. */
export function figuresOf(
  states: readonly HouseholdMonitorState[],
  measured: ReadonlySet<string>,
): MonitorFigures {
  const f: MonitorFigures = { monitored: 0, open: 0, overdue: 0, resolvedThisYear: 0, withoutMeasure: 0 }
  for (const s of states) {
    if (s.monitored) f.monitored += 1
    if (s.monitored && !measured.has(s.householdId)) f.withoutMeasure += 1
    if (s.open) f.open += 1
    if (s.overdue) f.overdue += 1
    f.resolvedThisYear += s.resolvedInYear
  }
  return f
}

export function byTypeOf(states: readonly HouseholdMonitorState[]): CountItem[] {
  return MONITOR_TYPE.keys.map((key) => ({
    key,
    label: MONITOR_TYPE.labels[key],
    value: states.filter((s) => s.monitored && s.monitorType === key).length,
  }))
}

export function byStepsOf(states: readonly HouseholdMonitorState[]): CountItem[] {
  return CASE_KIND.keys.flatMap((kind) =>
    OPEN_STEPS.map((step) => ({
      key: `${kind}.${step}`,
      label: `${CASE_KIND.labels[kind]}·${CASE_STEP.labels[step]}`,
      value: states.filter((s) => s.open?.kind === kind && s.open.step === step).length,
    })),
  )
}

export function measuresOf(
  measures: readonly MeasureLine[],
  today: string,
): { byStatus: CountItem[]; behind: number } {
  return {
    byStatus: MEASURE_STATUS.keys.map((key) => ({
      key,
      label: MEASURE_STATUS.labels[key],
      value: measures.filter((m) => m.status === key).length,
    })),
    behind: measures.filter((m) => isMeasureOverdue(m, today)).length,
  }
}

/** The drill-down: each child unit's figures, from the villages under it. */
export function childrenFigures(
  children: ReadonlyArray<{ _id: string; name: string }>,
  villageToChild: ReadonlyMap<string, string>,
  states: readonly HouseholdMonitorState[],
  measured: ReadonlySet<string>,
): MonitorChild[] {
  const grouped = new Map<string, HouseholdMonitorState[]>(children.map((c) => [c._id, []]))
  for (const s of states) grouped.get(villageToChild.get(s.villageId) ?? '')?.push(s)
  return children.map((c) => ({ id: c._id, name: c.name, ...figuresOf(grouped.get(c._id) ?? [], measured) }))
}
