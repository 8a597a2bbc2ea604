import { SHANGHAI_OFFSET_MS, shanghaiMonth } from './presence-time'

/**
 * Coverage periods (一户不漏): each paired household is visited at least once per period — a month by
 * default; a county admin may choose 2, 3 or 6 months. Periods are aligned to the calendar year, so
 * they are named by their first month: `2026-11` (monthly) or `2026-10-3m` (the fourth quarter).
 */
export const PERIOD_MONTHS = [1, 2, 3, 6] as const
export type PeriodMonths = (typeof PERIOD_MONTHS)[number]
export const PERIOD_MONTH_LABELS: Record<PeriodMonths, string> = {
  1: '每月',
  2: '每两个月',
  3: '每季度',
  6: '每半年',
}

export interface CoveragePolicy {
  periodMonths: PeriodMonths
  /** First month (`YYYY-MM`) of the current rule; earlier months keep the previous one. */
  effectiveFrom: string
  previousMonths: PeriodMonths
}
export const DEFAULT_COVERAGE_POLICY: CoveragePolicy = {
  periodMonths: 1,
  effectiveFrom: '2000-01',
  previousMonths: 1,
}

const indexOf = (month: string) => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1
const monthAt = (index: number) => `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`

export function periodMonthsAt(policy: CoveragePolicy, month: string): PeriodMonths {
  return month >= policy.effectiveFrom ? policy.periodMonths : policy.previousMonths
}

export function periodKey(startMonth: string, months: PeriodMonths): string {
  return months === 1 ? startMonth : `${startMonth}-${months}m`
}

export function parsePeriod(key: string): { start: string; months: PeriodMonths } {
  const m = /^(\d{4}-\d{2})(?:-(\d)m)?$/.exec(key)
  const months = Number(m?.[2] ?? 1) as PeriodMonths
  if (!m || !PERIOD_MONTHS.includes(months)) throw new Error(`not a period: ${key}`)
  return { start: m[1], months }
}

/** The period a month falls in under a policy. */
export function periodOfMonth(policy: CoveragePolicy, month: string): string {
  const months = periodMonthsAt(policy, month)
  const i = indexOf(month)
  return periodKey(monthAt(i - ((i % 12) % months)), months)
}

/** The period of an instant (Asia/Shanghai calendar). */
export function periodOf(policy: CoveragePolicy, at: Date): string {
  return periodOfMonth(policy, shanghaiMonth(at))
}

/** Every month of a period, in order: what its stats are summed over. */
export function monthsOfPeriod(key: string): string[] {
  const { start, months } = parsePeriod(key)
  return Array.from({ length: months }, (_, k) => monthAt(indexOf(start) + k))
}

export function previousPeriod(policy: CoveragePolicy, key: string): string {
  return periodOfMonth(policy, monthAt(indexOf(parsePeriod(key).start) - 1))
}

/** `[from, to)` instants of a period, for querying the visits made in it. */
export function periodBounds(key: string): { from: Date; to: Date } {
  const months = monthsOfPeriod(key)
  const start = (month: string) => new Date(Date.parse(`${month}-01T00:00:00.000Z`) - SHANGHAI_OFFSET_MS)
  return { from: start(months[0]), to: start(monthAt(indexOf(months[months.length - 1]) + 1)) }
}

export function periodLabel(key: string): string {
  const { start, months } = parsePeriod(key)
  const [y, m] = [start.slice(0, 4), Number(start.slice(5, 7))]
  if (months === 1) return `${y}年${m}月`
  if (months === 3) return `${y}年第${(m + 2) / 3}季度`
  if (months === 6) return `${y}年${m === 1 ? '上' : '下'}半年`
  return `${y}年${m}-${m + 1}月`
}

/**
 * A new period length takes effect when the current period ends and the new grid begins, so no
 * period is ever cut in two and the coverage already counted stays right.
 */
export function changePolicy(
  current: CoveragePolicy,
  periodMonths: PeriodMonths,
  nowMonth: string,
): CoveragePolicy {
  const old = periodMonthsAt(current, nowMonth)
  const currentStart = indexOf(parsePeriod(periodOfMonth(current, nowMonth)).start)
  let next = currentStart + old
  while ((next % 12) % periodMonths !== 0) next++
  return { periodMonths, effectiveFrom: monthAt(next), previousMonths: old }
}

/** Counter deltas for one new visit: the household counts as visited only on its first visit of the period. */
export function coverageDelta(visitsBefore: number): { visits: number; visitedHouseholds: number } {
  return { visits: 1, visitedHouseholds: visitsBefore === 0 ? 1 : 0 }
}

/** Sums monthly counters over the months of a period. */
export function sumOverPeriod(
  key: string,
  monthly: ReadonlyArray<{ month: string; visits?: number; visitedHouseholds?: number }>,
): { visits: number; visitedHouseholds: number } {
  const months = new Set(monthsOfPeriod(key))
  return monthly
    .filter((d) => months.has(d.month))
    .reduce(
      (acc, d) => ({
        visits: acc.visits + (d.visits ?? 0),
        visitedHouseholds: acc.visitedHouseholds + (d.visitedHouseholds ?? 0),
      }),
      { visits: 0, visitedHouseholds: 0 },
    )
}

/** Percent with one decimal; 0 of 0 households is shown as 0, not as full coverage. */
export function coveragePercent(visited: number, total: number): number {
  return total > 0 ? Math.round((Math.min(visited, total) * 1000) / total) / 10 : 0
}

const MINUTE = 60_000
export const VISIT_MAX_AGE_DAYS = 40

/**
 * Judges the device times of a visit. An offline visit keeps the time it was made (it counts for
 * that period) and is marked as synced late; times in the future or too old are refused.
 */
export function judgeVisitTime(
  startedAt: Date,
  endedAt: Date,
  now: Date,
): { ok: true; syncedLate: boolean } | { ok: false; message: string } {
  if (endedAt.getTime() < startedAt.getTime()) return { ok: false, message: '走访结束时间早于开始时间' }
  if (endedAt.getTime() > now.getTime() + 5 * MINUTE)
    return { ok: false, message: '走访时间晚于服务器时间，请校准手机时间后重试' }
  if (endedAt.getTime() - startedAt.getTime() > 12 * 60 * MINUTE)
    return { ok: false, message: '一次走访不能超过 12 小时' }
  if (now.getTime() - startedAt.getTime() > VISIT_MAX_AGE_DAYS * 24 * 60 * MINUTE)
    return { ok: false, message: `走访记录已超过 ${VISIT_MAX_AGE_DAYS} 天，不能再补录` }
  return { ok: true, syncedLate: now.getTime() - endedAt.getTime() > 30 * MINUTE }
}
