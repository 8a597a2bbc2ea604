import type { CaseKind, CaseStep, MonitorType, RiskType } from '@contract/domain/monitoring'
import { shanghaiDay } from '@contract/domain/presence-time'
import type { MonitorCaseLine } from '../shared/monitor-cases'

const FINAL: readonly CaseStep[] = ['done', 'rejected']

/** Where one household stands in 防返贫监测, read off its cases (oldest first). */
export interface HouseholdMonitorState {
  householdId: string
  headName: string
  villageId: string
  /** 纳入 confirmed and its risk not yet cleared. */
  monitored: boolean
  monitorType: MonitorType | null
  risks: RiskType[]
  /** The case still waiting at a step, if any. */
  open: { kind: CaseKind; step: CaseStep; stepDueDay: string | null } | null
  overdue: boolean
  /** The day its last 风险消除 was confirmed (the case's last update), if any. */
  resolvedDay: string | null
  /** 风险消除 cases confirmed in the given year. */
  resolvedInYear: number
}

const dayOf = (d: Date | string) => shanghaiDay(new Date(d))
const timeOf = (d: Date | string) => new Date(d).getTime()

/** One household's state from its cases; `today` decides overdue, `year` what counts as resolved this year. */
export function stateOf(
  cases: readonly MonitorCaseLine[],
  today: string,
  year: string,
): HouseholdMonitorState {
  const sorted = [...cases].sort((a, b) => timeOf(a.createdAt) - timeOf(b.createdAt))
  const last = sorted[sorted.length - 1]
  let monitored = false
  let monitorType: MonitorType | null = null
  let resolvedDay: string | null = null
  let resolvedInYear = 0
  for (const c of sorted) {
    if (c.step !== 'done') continue
    if (c.kind === 'inclusion') {
      monitored = true
      monitorType = c.monitorType
    } else {
      monitored = false
      resolvedDay = dayOf(c.updatedAt)
      if (resolvedDay.startsWith(`${year}-`)) resolvedInYear += 1
    }
  }
  const openCase = [...sorted].reverse().find((c) => !FINAL.includes(c.step))
  const open = openCase ? { kind: openCase.kind, step: openCase.step, stepDueDay: openCase.stepDueDay } : null
  return {
    householdId: last.householdId,
    headName: last.headName,
    villageId: last.villageId,
    monitored,
    monitorType,
    risks: (openCase ?? last).risks,
    open,
    overdue: open !== null && open.stepDueDay !== null && open.stepDueDay < today,
    resolvedDay,
    resolvedInYear,
  }
}

/** Every household with a case, grouped from a flat read. */
export function statesOf(
  cases: readonly MonitorCaseLine[],
  today: string,
  year: string,
): HouseholdMonitorState[] {
  const byHousehold = new Map<string, MonitorCaseLine[]>()
  for (const c of cases) {
    const list = byHousehold.get(c.householdId)
    if (list) list.push(c)
    else byHousehold.set(c.householdId, [c])
  }
  return [...byHousehold.values()].map((list) => stateOf(list, today, year))
}
