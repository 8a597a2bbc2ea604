import { z } from '../zod'

/**
 * Calendar checks shared by every date the contract accepts. A pattern alone lets `2027-99-99`,
 * 30 February or `25:61` through; these test that the value names a day, month or minute that exists.
 */

/** Years the work can concern: 驻村 records start this century; anything else is a typo or an attack. */
export const MIN_YEAR = 2000
export const MAX_YEAR = 2099

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/
const MONTH = /^(\d{4})-(\d{2})$/
const CLOCK = /^(\d{2}):(\d{2})$/

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0
}

/** Days in month `m` (1–12) of year `y`. */
export function monthLength(y: number, m: number): number {
  return m === 2 ? (isLeap(y) ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31
}

function yearInRange(y: number): boolean {
  return y >= MIN_YEAR && y <= MAX_YEAR
}

/** `YYYY-MM` naming a real month within the supported years. */
export function isCalendarMonth(s: string): boolean {
  const m = MONTH.exec(s)
  if (!m) return false
  const month = Number(m[2])
  return yearInRange(Number(m[1])) && month >= 1 && month <= 12
}

/** `YYYY-MM-DD` naming a day that exists (leap years included) within the supported years. */
export function isCalendarDay(s: string): boolean {
  const m = DAY.exec(s)
  if (!m) return false
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  return yearInRange(y) && mo >= 1 && mo <= 12 && d >= 1 && d <= monthLength(y, mo)
}

/** `HH:mm` from 00:00 to 23:59 (24:00 is the next day's 00:00, not a time of this one). */
export function isClockTime(s: string): boolean {
  const m = CLOCK.exec(s)
  return !!m && Number(m[1]) <= 23 && Number(m[2]) <= 59
}

/** An ISO instant whose date part is a calendar day in range (the pattern is checked by the schema). */
export function isInstantInRange(s: string): boolean {
  return isCalendarDay(s.slice(0, 10)) && !Number.isNaN(Date.parse(s))
}

/**
 * The one day, month, time and instant schemas of the contract: a value must match the pattern AND
 * exist in the calendar (no 30 February, no month 13, no 25:61), within the years 2000–2099.
 */
export const daySchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD')
  .refine(isCalendarDay, `日期不存在或超出范围（${MIN_YEAR}–${MAX_YEAR} 年）`)
/** Calendar month, `YYYY-MM`. */
export const monthSchema = z
  .string()
  .regex(/^\d{4}-\d{2}$/, '月份格式应为 YYYY-MM')
  .refine(isCalendarMonth, `月份不存在或超出范围（${MIN_YEAR}–${MAX_YEAR} 年）`)
/** Time of day, `HH:mm`, 00:00–23:59. */
export const clockSchema = z
  .string()
  .regex(/^\d{2}:\d{2}$/, '时间格式应为 HH:mm')
  .refine(isClockTime, '时间不存在（应在 00:00–23:59）')
/** An instant as ISO 8601 with `Z` or an offset (what `Date.toISOString()` sends), on a real day. */
export const instantSchema = z.iso
  .datetime({ offset: true, error: '时间格式应为 ISO 8601（如 2026-11-22T08:30:00Z）' })
  .max(40, '时间过长')
  .refine(isInstantInRange, `时间不存在或超出范围（${MIN_YEAR}–${MAX_YEAR} 年）`)
