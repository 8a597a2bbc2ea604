import { ratingSuggestion, SIGN_LABELS } from '@contract/domain/presence'
import { monthLeavesOf, monthRecord } from '@contract/domain/presence-month'
import { subsidyAmount, type LeaveRules } from '@contract/domain/leave-policy'
import type { OrgUnitDoc } from './docs'
import { townshipIdOf } from './org-tree'
import type { AbsenceDoc } from './presence-absences'
import { reviewedSigns, type PresenceDayDoc } from './presence-days'
import type { LeaveDoc } from './presence-leaves'
import type { Cadre } from './presence-roster'

export interface ExportRow {
  township: string
  village: string
  name: string
  post: string
  /** The 派出单位 that sent the cadre; empty for a local cadre. */
  dispatchUnit: string
  presentDays: number
  leaveDays: number
  /** Leave split by type (days not also present days). */
  leavePersonal: number
  leaveSick: number
  leaveOfficial: number
  leaveTraining: number
  leaveOther: number
  awayDays: number
  requiredDays: number
  met: string
  /** 补助天数: days in the village plus leave of counted types. */
  subsidyDays: number
  /** 补助金额 (元) at the county's daily rate; empty while no rate is set. */
  subsidyAmount: number | ''
  absencesThisMonth: number
  suggestion: string
  signs: string
  syncedLateDays: number
}

export interface ExportInputs {
  month: string
  today: string
  requiredDays: number
  /** The county's leave rules: which types count, and the daily subsidy. */
  leaveRules: LeaveRules
  villages: OrgUnitDoc[]
  townshipNames: Map<string, string>
  cadres: Cadre[]
  /** 派出单位 names by id (shared/dispatch-units.ts `dispatchUnitNames`). */
  dispatchUnitNames: Map<string, string>
  days: PresenceDayDoc[]
  leaves: LeaveDoc[]
  absences: AbsenceDoc[]
}

function groupBy<T>(items: T[], key: (t: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>()
  for (const item of items) map.set(key(item), [...(map.get(key(item)) ?? []), item])
  return map
}

/** One row per resident cadre, in org order (township, village, post) — never sorted by result. */
export function exportRows(input: ExportInputs): ExportRow[] {
  const days = groupBy(input.days, (d) => d.personId)
  const leaves = groupBy(input.leaves, (l) => l.personId)
  const absences = groupBy(input.absences, (a) => a.personId)
  const byVillage = groupBy(input.cadres, (c) => c.villageId)
  return input.villages.flatMap((v) =>
    (byVillage.get(v._id) ?? []).map((c) => {
      const mine = days.get(c.person._id) ?? []
      const rec = monthRecord({
        month: input.month,
        today: input.today,
        requiredDays: input.requiredDays,
        presentDays: mine.filter((d) => d.counted).map((d) => d.day),
        leaves: monthLeavesOf(leaves.get(c.person._id) ?? [], input.leaveRules),
      })
      const myAbsences = absences.get(c.person._id) ?? []
      const suggestion = ratingSuggestion(myAbsences.filter((a) => a.month <= input.month).length)
      // A sign reaches the record only after a person looked at it and kept it.
      const kinds = [...new Set(mine.flatMap((d) => reviewedSigns(d).map((s) => s.kind)))]
      return {
        township: input.townshipNames.get(townshipIdOf(v) ?? '') ?? '',
        village: v.name,
        name: c.person.name,
        post: c.postLabel,
        dispatchUnit: input.dispatchUnitNames.get(c.person.dispatchUnitId ?? '') ?? '',
        presentDays: rec.presentDays,
        leaveDays: rec.leaveDays,
        leavePersonal: rec.leaveByType.personal,
        leaveSick: rec.leaveByType.sick,
        leaveOfficial: rec.leaveByType.official,
        leaveTraining: rec.leaveByType.training,
        leaveOther: rec.leaveByType.other,
        awayDays: rec.awayDays,
        requiredDays: rec.requiredDays,
        met: rec.met ? '是' : `否（差 ${rec.shortfall} 天）`,
        subsidyDays: rec.countedDays,
        subsidyAmount: subsidyAmount(rec.countedDays, input.leaveRules.dailySubsidy) ?? '',
        absencesThisMonth: myAbsences.filter((a) => a.month === input.month).length,
        suggestion: suggestion ? `${suggestion}（待确认）` : '',
        signs: kinds.map((k) => SIGN_LABELS[k]).join('、'),
        syncedLateDays: mine.filter((d) => d.syncedLate).length,
      }
    }),
  )
}
