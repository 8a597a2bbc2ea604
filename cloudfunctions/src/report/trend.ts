import type { TrendPoint } from '@contract/api/report'
import { isCalendarMonth } from '@contract/domain/calendar'
import type { Database } from '../shared/db-types'
import { monthRange, percent, rollUp, type MetRule, type UnitFigures, type VillageStaticDoc } from './rollup'
import { saveUnitMonth, unitMonths } from './repo-stats'
import { presenceMonthsIn, villageMonths } from '../shared/stats'
import type { ReportUnit } from './scope'

export interface TrendInputs {
  db: Database
  unit: ReportUnit
  villageIds: string[]
  statics: ReadonlyMap<string, VillageStaticDoc>
  requiredDays: number
  counts: MetRule['counts']
  /** The month shown (its figures are live) and the real current month (later ones are never stored). */
  month: string
  currentMonth: string
  current: UnitFigures
  now: Date
}

export function pointOf(month: string, f: UnitFigures): TrendPoint {
  return {
    month,
    coveragePercent: percent(f.visitedHouseholds, f.households),
    presenceMetPercent: percent(f.cadresMet, f.residentCadres),
    rectOpened: f.rectOpened,
    rectClosed: f.rectClosed,
  }
}

/**
 * Twelve months ending at the shown one (fewer at the start of the supported years). Townships and the county read their stored roll-ups; a month
 * without one is computed once from the village docs and stored (the timer keeps the last two fresh).
 * A village's own docs are few, so its past months are read directly.
 */
export async function trendOf(t: TrendInputs): Promise<TrendPoint[]> {
  // Months before the supported range are no months of this work: January 2000 has a trend of one.
  const months = monthRange(t.month, 12).filter(isCalendarMonth)
  const past = months.slice(0, -1)
  const stored = t.unit.level === 'village' ? [] : await unitMonths(t.db, t.unit._id, past)
  const have = new Map<string, UnitFigures>(stored.map((d) => [d.month, d]))
  const missing = past.filter((m) => !have.has(m))
  if (missing.length > 0) {
    const [vm, pm] = await Promise.all([
      villageMonths(t.db, t.villageIds, missing),
      presenceMonthsIn(t.db, t.unit.level, t.unit._id, missing),
    ])
    for (const m of missing) {
      const f = rollUp(
        t.villageIds,
        t.statics,
        vm.filter((d) => d.month === m),
        pm.filter((d) => d.month === m),
        { requiredDays: t.requiredDays, counts: t.counts },
      )
      have.set(m, f)
      if (t.unit.level !== 'village' && m < t.currentMonth) {
        await saveUnitMonth(t.db, {
          _id: `${t.unit._id}_${m}`,
          unitId: t.unit._id,
          level: t.unit.level,
          month: m,
          ...f,
          updatedAt: t.now,
        })
      }
    }
  }
  return months.map((m) => pointOf(m, m === t.month ? t.current : have.get(m)!))
}
