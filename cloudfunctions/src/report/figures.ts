import type { Dashboard, DashboardChild } from '@contract/api/report'
import type { OrgUnitDoc } from '../shared/docs'
import { kindCoverage, type KindCoverageRow, type KindPeriodNow } from '@contract/domain/kind-coverage'
import {
  rollUp,
  type MetRule,
  type PresenceMonthDoc,
  type UnitFigures,
  type VillageMonthDoc,
  type VillageStaticDoc,
} from './rollup'

export interface ScopeData {
  month: string
  /** Each household kind's period containing the month (本周期 per kind, the county's settings). */
  kinds: readonly KindPeriodNow[]
  requiredDays: number
  /** Which leave types count as days in the village (the county's leave rules). */
  counts: MetRule['counts']
  statics: ReadonlyMap<string, VillageStaticDoc>
  monthDocs: readonly VillageMonthDoc[]
  presence: readonly PresenceMonthDoc[]
}

export interface Slice {
  figures: UnitFigures
  coverage: { total: number; visited: number; percent: number; byKind: KindCoverageRow[] }
  presence: Dashboard['presence']
  rectOpen: number
  rectOverdue: number
}

/** The figures of some villages: this month's counters, the period's coverage, the open items now. */
export function sliceOf(villageIds: readonly string[], d: ScopeData): Slice {
  const figures = rollUp(
    villageIds,
    d.statics,
    d.monthDocs.filter((m) => m.month === d.month),
    d.presence,
    { requiredDays: d.requiredDays, counts: d.counts },
  )
  return {
    figures,
    coverage: kindCoverage(villageIds, d.kinds, d.statics, d.monthDocs),
    presence: {
      cadres: figures.residentCadres,
      met: figures.cadresMet,
      below: figures.cadresBelow,
      onLeave: figures.cadresOnLeave,
    },
    // Counted by the nightly job (overdue only changes at midnight); see timer.ts.
    rectOpen: villageIds.reduce((n, id) => n + (d.statics.get(id)?.rectOpen ?? 0), 0),
    rectOverdue: villageIds.reduce((n, id) => n + (d.statics.get(id)?.rectOverdue ?? 0), 0),
  }
}

/** One bar or grid cell per child unit, in org (code) order: places, never people, and never ranked. */
export function childrenOf(
  children: readonly OrgUnitDoc[],
  villages: readonly OrgUnitDoc[],
  d: ScopeData,
): DashboardChild[] {
  return children.map((c) => {
    const ids =
      c.level === 'village' ? [c._id] : villages.filter((v) => v.parentId === c._id).map((v) => v._id)
    const s = sliceOf(ids, d)
    const { total, visited, percent } = s.coverage
    return {
      id: c._id,
      name: c.name,
      coverage: { total, visited, percent },
      presence: s.presence,
      rectOpen: s.rectOpen,
      rectOverdue: s.rectOverdue,
    }
  })
}
