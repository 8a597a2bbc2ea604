import { shanghaiDay } from '@contract/domain/presence-time'
import type { Database } from '../shared/db-types'
import type { OrgUnitDoc } from '../shared/docs'
import { caseLinesUnder } from '../shared/monitor-cases'
import { measureLinesUnder, type MeasureLine } from '../shared/household-measures'
import { statesOf, type HouseholdMonitorState } from './monitor-state'
import { villagesOf } from './repo-units'
import type { ReportUnit } from './scope'

export interface MonitorScope {
  today: string
  year: string
  villages: OrgUnitDoc[]
  townships: OrgUnitDoc[]
  states: HouseholdMonitorState[]
  measures: MeasureLine[]
  /** Households with at least one measure. */
  measured: Set<string>
}

/**
 * Everything a monitoring view of a unit needs, in three indexed reads run together: the units under
 * it, its cases and its measures (both projected, on their `unitPath` index). No household is read.
 */
export async function loadMonitorScope(db: Database, unit: ReportUnit, now: Date): Promise<MonitorScope> {
  const today = shanghaiDay(now)
  const year = today.slice(0, 4)
  const [{ townships, villages }, cases, measures] = await Promise.all([
    villagesOf(db, unit),
    caseLinesUnder(db, unit._id),
    measureLinesUnder(db, unit._id),
  ])
  return {
    today,
    year,
    villages,
    townships,
    states: statesOf(cases, today, year),
    measures,
    measured: new Set(measures.map((m) => m.householdId)),
  }
}
