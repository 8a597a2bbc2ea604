/**
 * Pure roll-up of per-village counters into a unit's figures. Shared by the dashboard (current month,
 * live), the timer (stored months) and the seed's recount (emulator/seed/recount-stats.ts), so the
 * three can never disagree on what a figure means.
 */

export type { PresenceMonthDoc, VillageMonthDoc, VillageStaticDoc } from '../shared/stats'
import type { PresenceMonthDoc, VillageMonthDoc, VillageStaticDoc } from '../shared/stats'

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

/** Met: days in the village plus approved leave reach the requirement (leave excuses day for day). */
export function cadreMet(p: Pick<PresenceMonthDoc, 'days' | 'leaveDays'>, requiredDays: number): boolean {
  return (p.days ?? 0) + (p.leaveDays ?? 0) >= requiredDays
}

/**
 * Figures of a set of villages for one month. Cadres with no record this month count as below; a cadre
 * below the requirement with leave this month counts as on leave, so the three add up to the roster.
 */
export function rollUp(
  villageIds: readonly string[],
  statics: ReadonlyMap<string, VillageStaticDoc>,
  months: readonly VillageMonthDoc[],
  presence: readonly PresenceMonthDoc[],
  requiredDays: number,
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
    if (cadreMet(p, requiredDays)) f.cadresMet++
    else if ((p.leaveDays ?? 0) > 0) f.cadresOnLeave++
  }
  f.rectCloseDays = Math.round(f.rectCloseDays * 10) / 10
  f.cadresBelow = Math.max(0, f.residentCadres - f.cadresMet - f.cadresOnLeave)
  return f
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
