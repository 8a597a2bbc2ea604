import { daysWithinMonth, monthDays } from './presence-time'

/** How a calendar day reads in the monthly record. */
export type DayStatus = 'present' | 'leave' | 'away' | 'future'
export const DAY_STATUS_LABELS: Record<DayStatus, string> = {
  present: '在村',
  leave: '请假',
  away: '未记录',
  future: '',
}

export interface MonthInputs {
  month: string
  /** Today in Asia/Shanghai; today and later are not judged yet (the day is not over). */
  today: string
  requiredDays: number
  /** Days on which presence counted (any order, duplicates and other months ignored). */
  presentDays: readonly string[]
  /** Excused ranges (approved leave, clipped by 销假), inclusive, possibly spanning months. */
  leaves: ReadonlyArray<{ start: string; end: string }>
}

export interface MonthRecord {
  month: string
  days: Array<{ day: string; status: DayStatus }>
  presentDays: number
  /** Leave days that were not also present days. */
  leaveDays: number
  /** Days gone by with neither presence nor leave. */
  awayDays: number
  requiredDays: number
  /** Present plus excused: what the requirement is measured against. */
  countedDays: number
  shortfall: number
  met: boolean
}

/**
 * The monthly record. A day with a counted check-in is present even inside a leave (the cadre came
 * back early); leave days excuse the requirement one for one.
 */
export function monthRecord(input: MonthInputs): MonthRecord {
  const all = monthDays(input.month)
  const present = new Set(input.presentDays.filter((d) => d.startsWith(input.month)))
  const leave = new Set(input.leaves.flatMap((l) => daysWithinMonth(l.start, l.end, input.month)))
  const days = all.map((day) => {
    const status: DayStatus = present.has(day)
      ? 'present'
      : leave.has(day)
        ? 'leave'
        : day >= input.today
          ? 'future'
          : 'away'
    return { day, status }
  })
  const count = (s: DayStatus) => days.filter((d) => d.status === s).length
  const presentDays = count('present')
  const leaveDays = count('leave')
  const countedDays = presentDays + leaveDays
  const shortfall = Math.max(0, input.requiredDays - countedDays)
  return {
    month: input.month,
    days,
    presentDays,
    leaveDays,
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
