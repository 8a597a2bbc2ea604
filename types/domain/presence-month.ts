import { daysWithinMonth, monthDays } from './presence-time'
import { excusedRange, type LeaveStatus, type LeaveType } from './presence'
import { leaveCounts, noLeaveDays, type LeaveDaysByType, type LeaveRules } from './leave-policy'

/**
 * How a calendar day reads in the monthly record: `leave` is leave the county counts as days in the
 * village (公差, 培训 by default), `excused` leave that is excused but not counted (事假, 病假).
 */
export type DayStatus = 'present' | 'leave' | 'excused' | 'away' | 'future'
export const DAY_STATUS_LABELS: Record<DayStatus, string> = {
  present: '在村',
  leave: '假（计入）',
  excused: '假（不计入）',
  away: '未记录',
  future: '',
}

/** An excused range of one leave, with its type and whether the county counts that type. */
export interface MonthLeave {
  start: string
  end: string
  type: LeaveType
  counts: boolean
}

/** Stored leaves as the month sees them: their excused ranges, typed and judged by the county's rules. */
export function monthLeavesOf(
  leaves: ReadonlyArray<{
    type: LeaveType
    status: LeaveStatus
    startDay: string
    endDay: string
    returnedDay?: string | null
  }>,
  rules: Pick<LeaveRules, 'counts'>,
): MonthLeave[] {
  return leaves.flatMap((l) => {
    const range = excusedRange(l)
    return range ? [{ ...range, type: l.type, counts: leaveCounts(rules, l.type) }] : []
  })
}

export interface MonthInputs {
  month: string
  /** Today in Asia/Shanghai; today and later are not judged yet (the day is not over). */
  today: string
  requiredDays: number
  /** Days on which presence counted (any order, duplicates and other months ignored). */
  presentDays: readonly string[]
  /** Excused ranges (approved leave, clipped by 销假), inclusive, possibly spanning months. */
  leaves: ReadonlyArray<MonthLeave>
}

export interface MonthRecord {
  month: string
  days: Array<{ day: string; status: DayStatus }>
  presentDays: number
  /** Leave days (of every type) that were not also present days. */
  leaveDays: number
  /** Of those, the days of types the county counts as days in the village. */
  countedLeaveDays: number
  /** Of those, the days excused but not counted. */
  excusedDays: number
  /** Leave days per type (not also present days). */
  leaveByType: LeaveDaysByType
  /** Days gone by with neither presence nor leave. */
  awayDays: number
  requiredDays: number
  /** Present plus counted leave: what the requirement and the subsidy (补助天数) are measured on. */
  countedDays: number
  shortfall: number
  met: boolean
}

/**
 * The monthly record. A day with a counted check-in is present even inside a leave (the cadre came
 * back early); leave of a counted type stands for a day in the village, other leave only excuses it
 * (never away, never counted). Should two leaves cover a day, the counted one wins.
 */
export function monthRecord(input: MonthInputs): MonthRecord {
  const all = monthDays(input.month)
  const present = new Set(input.presentDays.filter((d) => d.startsWith(input.month)))
  const leaveOn = new Map<string, MonthLeave>()
  for (const l of input.leaves)
    for (const day of daysWithinMonth(l.start, l.end, input.month)) {
      const was = leaveOn.get(day)
      if (!was || (!was.counts && l.counts)) leaveOn.set(day, l)
    }
  const leaveByType = noLeaveDays()
  const days = all.map((day) => {
    const leave = leaveOn.get(day)
    if (!present.has(day) && leave) leaveByType[leave.type]++
    const status: DayStatus = present.has(day)
      ? 'present'
      : leave
        ? leave.counts
          ? 'leave'
          : 'excused'
        : day >= input.today
          ? 'future'
          : 'away'
    return { day, status }
  })
  const count = (s: DayStatus) => days.filter((d) => d.status === s).length
  const presentDays = count('present')
  const countedLeaveDays = count('leave')
  const excusedDays = count('excused')
  const countedDays = presentDays + countedLeaveDays
  const shortfall = Math.max(0, input.requiredDays - countedDays)
  return {
    month: input.month,
    days,
    presentDays,
    leaveDays: countedLeaveDays + excusedDays,
    countedLeaveDays,
    excusedDays,
    leaveByType,
    awayDays: count('away'),
    requiredDays: input.requiredDays,
    countedDays,
    shortfall,
    met: shortfall === 0,
  }
}

/** A day counts once every required slot has a counted check-in (once a day by default). */
export function dayCounts(countedSlots: number, checkInsPerDay: 1 | 2): boolean {
  return countedSlots >= checkInsPerDay
}
