/**
 * Calendar arithmetic in Asia/Shanghai. China has kept UTC+8 without daylight saving since 1991, so a
 * fixed offset is exact and needs no time-zone database (mini-programs have no reliable Intl).
 */
export const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000
const DAY_MS = 24 * 60 * 60 * 1000

export type Slot = 'am' | 'pm'
export const SLOT_LABELS: Record<Slot, string> = { am: '上午', pm: '下午' }

function shifted(at: Date): Date {
  return new Date(at.getTime() + SHANGHAI_OFFSET_MS)
}

/** `YYYY-MM-DD` of the instant in Asia/Shanghai. */
export function shanghaiDay(at: Date): string {
  return shifted(at).toISOString().slice(0, 10)
}

/** `YYYY-MM` of the instant in Asia/Shanghai. */
export function shanghaiMonth(at: Date): string {
  return shanghaiDay(at).slice(0, 7)
}

/** `HH:mm` in Asia/Shanghai, for messages. */
export function shanghaiClock(at: Date): string {
  return shifted(at).toISOString().slice(11, 16)
}

/** 上午 is before 12:00 local time, 下午 from 12:00 on. */
export function slotOf(at: Date): Slot {
  return shifted(at).getUTCHours() < 12 ? 'am' : 'pm'
}

/** The UTC instant at which a Shanghai calendar day starts. */
export function dayStart(day: string): Date {
  return new Date(Date.parse(`${day}T00:00:00.000Z`) - SHANGHAI_OFFSET_MS)
}

export function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00.000Z`) + n * DAY_MS).toISOString().slice(0, 10)
}

/** Whole days from `a` to `b` (positive when b is later). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00.000Z`) - Date.parse(`${a}T00:00:00.000Z`)) / DAY_MS)
}

export function monthOfDay(day: string): string {
  return day.slice(0, 7)
}

export function daysInMonth(month: string): number {
  const [y, m] = month.split('-').map(Number)
  return new Date(Date.UTC(y, m, 0)).getUTCDate()
}

/** Every day of a month, in order. */
export function monthDays(month: string): string[] {
  return Array.from({ length: daysInMonth(month) }, (_, i) => `${month}-${String(i + 1).padStart(2, '0')}`)
}

export function firstDayOf(month: string): string {
  return `${month}-01`
}

export function lastDayOf(month: string): string {
  return `${month}-${String(daysInMonth(month)).padStart(2, '0')}`
}

/** Days of `[start, end]` (inclusive) that fall inside the month. */
export function daysWithinMonth(start: string, end: string, month: string): string[] {
  const from = start > firstDayOf(month) ? start : firstDayOf(month)
  const to = end < lastDayOf(month) ? end : lastDayOf(month)
  if (from > to) return []
  return Array.from({ length: daysBetween(from, to) + 1 }, (_, i) => addDays(from, i))
}

/** How many days of `[start, end]` (inclusive) fall inside the calendar year `YYYY`. */
export function daysWithinYear(start: string, end: string, year: string): number {
  const from = start > `${year}-01-01` ? start : `${year}-01-01`
  const to = end < `${year}-12-31` ? end : `${year}-12-31`
  return from > to ? 0 : daysBetween(from, to) + 1
}

/** Inclusive length of a day range. */
export function rangeLength(start: string, end: string): number {
  return daysBetween(start, end) + 1
}

/** 1.2 公里 / 850 米: how distances are said to the cadre. */
export function formatDistance(metres: number): string {
  if (metres >= 1000) return `${(metres / 1000).toFixed(1)} 公里`
  return `${Math.round(metres)} 米`
}
