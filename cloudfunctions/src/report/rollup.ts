/**
 * Pure roll-up of per-village counters into a unit's figures. Shared by the dashboard (current month,
 * live), the timer (stored months) and the seed's recount (emulator/seed/recount-stats.ts), so the
 * three can never disagree on what a figure means.
 */

export type { PresenceMonthDoc, VillageMonthDoc, VillageStaticDoc } from '../shared/stats'
import type { PresenceMonthDoc, VillageMonthDoc, VillageStaticDoc } from '../shared/stats'
import { LEAVE_COUNTERS } from '../shared/stats'
import { LEAVE_TYPES } from '@contract/domain/presence'
import type { LeaveRules } from '@contract/domain/leave-policy'
import type { MetRule } from '../shared/presence-policy'
import { kindCoverage, kindPeriodsAt } from '@contract/domain/kind-coverage'
import type { KindPeriods } from '@contract/domain/kind-periods'
export type { MetRule } from '../shared/presence-policy'

export interface UnitFigures {
  villages: number
  households: number
  visitedHouseholds: number
  visits: number
  residentCadres: number
  cadresMet: number
  cadresOnLeave: number
  cadresBelow: number
  presenceDays: number
  rectOpened: number
  rectClosed: number
  rectCloseDays: number
}

/**
 * Leave days of a month that count as days in the village under the county's rules. Leave counted
 * before the typed counters existed has no type here: it keeps counting as it did then.
 */
export function countedLeaveDays(p: Partial<PresenceMonthDoc>, counts: LeaveRules['counts']): number {
  let typed = 0
  let counted = 0
  for (const t of LEAVE_TYPES) {
    const n = p[LEAVE_COUNTERS[t]] ?? 0
    typed += n
    if (counts[t]) counted += n
  }
  return counted + Math.max(0, (p.leaveDays ?? 0) - typed)
}

/** Met: days in the village plus leave of counted types (公差、培训 by default) reach the requirement. */
export function cadreMet(p: Partial<PresenceMonthDoc>, rule: MetRule): boolean {
  return (p.days ?? 0) + countedLeaveDays(p, rule.counts) >= rule.requiredDays
}

/**
 * Figures of a set of villages for one month. Cadres with no record this month count as below; a cadre
 * below the requirement with leave this month (excused, not counted) counts as on leave, so the three
 * add up to the roster.
 */
export function rollUp(
  villageIds: readonly string[],
  statics: ReadonlyMap<string, VillageStaticDoc>,
  months: readonly VillageMonthDoc[],
  presence: readonly PresenceMonthDoc[],
  rule: MetRule,
): UnitFigures {
  const ids = new Set(villageIds)
  const f: UnitFigures = {
    villages: ids.size,
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
  for (const id of ids) {
    const s = statics.get(id)
    f.households += s?.households ?? 0
    f.residentCadres += s?.residentCadres ?? 0
  }
  for (const m of months) {
    if (!ids.has(m.villageId)) continue
    f.visitedHouseholds += m.visitedHouseholds ?? 0
    f.visits += m.visits ?? 0
    f.presenceDays += m.presenceDays ?? 0
    f.rectOpened += m.rectOpened ?? 0
    f.rectClosed += m.rectClosed ?? 0
    f.rectCloseDays += m.rectCloseDays ?? 0
  }
  for (const p of presence) {
    if (!ids.has(p.villageId)) continue
    if (cadreMet(p, rule)) f.cadresMet++
    else if ((p.leaveDays ?? 0) > 0) f.cadresOnLeave++
  }
  f.rectCloseDays = Math.round(f.rectCloseDays * 10) / 10
  f.cadresBelow = Math.max(0, f.residentCadres - f.cadresMet - f.cadresOnLeave)
  return f
}

export type KindCoverageSum = ReturnType<typeof kindCoverage>

/** The 本周期 coverage of some villages for a roll-up: each kind over its period containing the month. */
export function rollUpCoverage(
  villageIds: readonly string[],
  statics: ReadonlyMap<string, VillageStaticDoc>,
  monthDocs: readonly VillageMonthDoc[],
  kinds: KindPeriods,
  month: string,
): KindCoverageSum {
  return kindCoverage(villageIds, kindPeriodsAt(kinds, month), statics, monthDocs)
}

export function percent(part: number, total: number): number {
  return total > 0 ? Math.round((part / total) * 1000) / 10 : 0
}

/** Months from `first` to `last` inclusive, `YYYY-MM`. */
export function monthRange(last: string, count: number): string[] {
  const index = Number(last.slice(0, 4)) * 12 + Number(last.slice(5, 7)) - 1
  return Array.from({ length: count }, (_, k) => {
    const i = index - (count - 1 - k)
    return `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`
  })
}
