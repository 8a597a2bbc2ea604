import type { RectState } from './rectification'
import { OPEN_STATES } from './rectification'

/** China keeps UTC+8 all year (no daylight saving), so Asia/Shanghai is a fixed offset. */
const SHANGHAI_OFFSET_MS = 8 * 3600_000
const DAY_MS = 86_400_000

/** Default sign-for clock: one working day from dispatch. */
export const SIGN_WORKING_DAYS = 1

/** Calendar day (`YYYY-MM-DD`) of an instant in Asia/Shanghai. */
export function shanghaiDay(at: Date): string {
  return new Date(at.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10)
}

/** `YYYY-MM` of an instant in Asia/Shanghai (the month a stats counter belongs to). */
export function shanghaiMonth(at: Date): string {
  return shanghaiDay(at).slice(0, 7)
}

/** The last instant of a Shanghai calendar day: a deadline "by 3 March" means until 23:59:59.999. */
export function endOfShanghaiDay(day: string): Date {
  return new Date(Date.parse(`${day}T00:00:00.000Z`) - SHANGHAI_OFFSET_MS + DAY_MS - 1)
}

/** Whole calendar days from `from`'s day to `to`'s day in Shanghai (negative when `to` is earlier). */
export function calendarDaysBetween(from: Date, to: Date): number {
  return Math.round((Date.parse(shanghaiDay(to)) - Date.parse(shanghaiDay(from))) / DAY_MS)
}

function isWorkingDay(localMs: number, holidays: ReadonlySet<string>): boolean {
  const d = new Date(localMs)
  const weekday = d.getUTCDay()
  return weekday !== 0 && weekday !== 6 && !holidays.has(d.toISOString().slice(0, 10))
}

/**
 * `from` plus `n` working days (Mon–Fri in Asia/Shanghai, minus the given holidays), keeping the
 * time of day. A clock started on a day off starts at 00:00 of the next working day, so an item
 * dispatched on Saturday is due by the end of Monday, and one dispatched Friday 15:00 by Monday 15:00.
 */
export function addWorkingDays(from: Date, n: number, holidays: readonly string[] = []): Date {
  const off = new Set(holidays)
  let local = from.getTime() + SHANGHAI_OFFSET_MS
  if (!isWorkingDay(local, off)) {
    local = Math.floor(local / DAY_MS) * DAY_MS
    while (!isWorkingDay(local, off)) local += DAY_MS
  }
  for (let i = 0; i < n; i++) {
    local += DAY_MS
    while (!isWorkingDay(local, off)) local += DAY_MS
  }
  return new Date(local - SHANGHAI_OFFSET_MS)
}

export interface ClockedItem {
  state: RectState
  deadline: string
  signDueAt: Date | null
}

export type OverdueLevel = 'none' | 'orange' | 'red'
export const OVERDUE_LEVEL_LABELS: Record<OverdueLevel, string> = {
  none: '未逾期',
  orange: '已逾期',
  red: '逾期超过7天',
}
/** Days past the deadline after which an overdue item turns red. */
export const RED_AFTER_DAYS = 7

/** Orange from the day after the deadline, red after 7 more days; only while work is owed. */
export function overdueLevel(item: Pick<ClockedItem, 'state' | 'deadline'>, now: Date): OverdueLevel {
  if (!OPEN_STATES.includes(item.state)) return 'none'
  const late = now.getTime() - endOfShanghaiDay(item.deadline).getTime()
  if (late <= 0) return 'none'
  return late > RED_AFTER_DAYS * DAY_MS ? 'red' : 'orange'
}

/** The sign-for clock ran out and nobody signed. */
export function signOverdue(item: Pick<ClockedItem, 'state' | 'signDueAt'>, now: Date): boolean {
  return item.state === 'dispatched' && item.signDueAt !== null && now.getTime() > item.signDueAt.getTime()
}

export const REMINDER_KINDS = [
  'rect_sign_overdue',
  'rect_due_3d',
  'rect_due_1d',
  'rect_due_today',
  'rect_overdue',
] as const
export type ReminderKind = (typeof REMINDER_KINDS)[number]

/**
 * Reminders due for an item on the day of `now`: 3 days and 1 day before the deadline, on the
 * deadline, on the first day overdue, and every day the sign-for clock is overrun.
 */
export function remindersDue(item: ClockedItem, now: Date): ReminderKind[] {
  if (!OPEN_STATES.includes(item.state)) return []
  const out: ReminderKind[] = []
  if (signOverdue(item, now)) out.push('rect_sign_overdue')
  const left = calendarDaysBetween(now, endOfShanghaiDay(item.deadline))
  if (left === 3) out.push('rect_due_3d')
  else if (left === 1) out.push('rect_due_1d')
  else if (left === 0) out.push('rect_due_today')
  else if (left === -1) out.push('rect_overdue')
  return out
}
