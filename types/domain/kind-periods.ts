import { z } from '../zod'
import { HOUSEHOLD_KIND, type HouseholdKind } from './monitoring'
import {
  monthsOfPeriod,
  periodBounds,
  periodOfMonth,
  PERIOD_MONTH_LABELS,
  PERIOD_MONTHS,
  type CoveragePolicy,
  type PeriodMonths,
} from './visit-period'

/**
 * 走访周期 by household kind (2026): 监测对象 are usually visited monthly, 脱贫户 quarterly, 一般农户 only
 * when needed — the county sets each. A household's period is aligned to the calendar year like the
 * county's coverage grid (visit-period.ts), which keeps the counters; `0` means no set period.
 */
export const KIND_PERIOD_CHOICES = [0, ...PERIOD_MONTHS] as const
export type KindPeriodMonths = (typeof KIND_PERIOD_CHOICES)[number]
export const KIND_PERIOD_LABELS: Record<KindPeriodMonths, string> = {
  0: '不定期（按需走访）',
  ...PERIOD_MONTH_LABELS,
}

const choice = z.literal(KIND_PERIOD_CHOICES, {
  error: '走访周期只能是不定期、每月、每两个月、每季度或每半年',
})
export const kindPeriodsSchema = z.strictObject({
  monitored: choice.refine((m) => m !== 0, '监测对象须有固定走访周期'),
  lifted: choice,
  ordinary: choice,
})
export type KindPeriods = z.infer<typeof kindPeriodsSchema>
export const DEFAULT_KIND_PERIODS: KindPeriods = { monitored: 1, lifted: 3, ordinary: 0 }

const fixed = (months: PeriodMonths): CoveragePolicy => ({
  periodMonths: months,
  effectiveFrom: '2000-01',
  previousMonths: months,
})

/** The household's own period containing `month`, or null when its kind has no set period. */
export function kindPeriodOf(periods: KindPeriods, kind: HouseholdKind, month: string): string | null {
  const months = periods[kind]
  return months === 0 ? null : periodOfMonth(fixed(months), month)
}

/** The county-grid periods (coverage is kept per grid period) that overlap a household's period. */
export function gridPeriodsOver(grid: CoveragePolicy, period: string): string[] {
  return [...new Set(monthsOfPeriod(period).map((m) => periodOfMonth(grid, m)))]
}

export interface GridCoverage {
  period: string
  visits: number
  lastVisitAt: Date | string
}

/**
 * Visits of a household in its own period, from the coverage of the overlapping grid periods: a
 * grid period inside it counts whole; a longer one counts once when its last visit fell inside.
 */
export function visitsInPeriod(
  period: string,
  grid: readonly GridCoverage[],
): { visits: number; lastVisitAt: Date | null } {
  const months = new Set(monthsOfPeriod(period))
  const { from, to } = periodBounds(period)
  let visits = 0
  let last: Date | null = null
  for (const doc of grid) {
    const at = new Date(doc.lastVisitAt)
    const inside = monthsOfPeriod(doc.period).every((m) => months.has(m))
    const lastInside = at >= from && at < to
    if (inside) visits += doc.visits
    else if (lastInside) visits += 1
    if ((inside || lastInside) && (!last || at > last)) last = at
  }
  return { visits, lastVisitAt: last }
}

/** 「监测对象每月，脱贫户每季度，一般农户不定期（按需走访）」 */
export function describeKindPeriods(p: KindPeriods): string {
  return HOUSEHOLD_KIND.keys.map((k) => `${HOUSEHOLD_KIND.labels[k]}${KIND_PERIOD_LABELS[p[k]]}`).join('，')
}

/** Kinds whose period the change shortens (or gives a period where there was none): stricter than `base`. */
export function stricterKindParts(base: KindPeriods, next: KindPeriods): string[] {
  return HOUSEHOLD_KIND.keys
    .filter((k) => next[k] !== 0 && (base[k] === 0 || next[k] < base[k]))
    .map(
      (k) => `${HOUSEHOLD_KIND.labels[k]}由${KIND_PERIOD_LABELS[base[k]]}改为${KIND_PERIOD_LABELS[next[k]]}`,
    )
}
