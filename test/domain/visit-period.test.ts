import {
  changePolicy,
  coverageDelta,
  coveragePercent,
  DEFAULT_COVERAGE_POLICY,
  judgeVisitTime,
  monthsOfPeriod,
  periodBounds,
  periodLabel,
  periodOf,
  periodOfMonth,
  previousPeriod,
  sumOverPeriod,
  type CoveragePolicy,
} from '../../types/domain/visit-period'

const quarterly: CoveragePolicy = { periodMonths: 3, effectiveFrom: '2000-01', previousMonths: 3 }

describe('coverage periods', () => {
  test('the default period is the Shanghai calendar month, so 23:59 on 30 November and 00:00 on 1 December differ', () => {
    expect(periodOf(DEFAULT_COVERAGE_POLICY, new Date('2026-11-30T15:59:00Z'))).toBe('2026-11')
    expect(periodOf(DEFAULT_COVERAGE_POLICY, new Date('2026-11-30T16:00:00Z'))).toBe('2026-12')
  })

  test('quarters are aligned to the year and named by their first month', () => {
    expect(periodOfMonth(quarterly, '2026-11')).toBe('2026-10-3m')
    expect(periodOfMonth(quarterly, '2027-01')).toBe('2027-01-3m')
    expect(monthsOfPeriod('2026-10-3m')).toEqual(['2026-10', '2026-11', '2026-12'])
    expect(periodLabel('2026-10-3m')).toBe('2026年第4季度')
    expect(periodLabel('2026-07-6m')).toBe('2026年下半年')
    expect(periodLabel('2026-11')).toBe('2026年11月')
  })

  test('the period before January is December of the previous year', () => {
    expect(previousPeriod(DEFAULT_COVERAGE_POLICY, '2027-01')).toBe('2026-12')
    expect(previousPeriod(quarterly, '2027-01-3m')).toBe('2026-10-3m')
  })

  test("a period spans from its first local midnight to the next period's", () => {
    expect(periodBounds('2026-12')).toEqual({
      from: new Date('2026-11-30T16:00:00Z'),
      to: new Date('2026-12-31T16:00:00Z'),
    })
    expect(periodBounds('2026-10-3m').to).toEqual(new Date('2026-12-31T16:00:00Z'))
  })

  test('switching to quarters in November keeps December monthly and starts quarters in January', () => {
    const p = changePolicy(DEFAULT_COVERAGE_POLICY, 3, '2026-11')
    expect(p).toEqual({ periodMonths: 3, effectiveFrom: '2027-01', previousMonths: 1 })
    expect(periodOfMonth(p, '2026-12')).toBe('2026-12')
    expect(periodOfMonth(p, '2027-02')).toBe('2027-01-3m')
  })

  test('switching from quarters to months mid-quarter waits for the quarter to end', () => {
    expect(changePolicy(quarterly, 1, '2026-11')).toEqual({
      periodMonths: 1,
      effectiveFrom: '2027-01',
      previousMonths: 3,
    })
  })

  test('a household counts as visited only on its first visit of the period', () => {
    expect(coverageDelta(0)).toEqual({ visits: 1, visitedHouseholds: 1 })
    expect(coverageDelta(1)).toEqual({ visits: 1, visitedHouseholds: 0 })
  })

  test('a quarter sums the monthly counters of its own months only', () => {
    const monthly = [
      { month: '2026-09', visits: 9, visitedHouseholds: 9 },
      { month: '2026-10', visits: 3, visitedHouseholds: 2 },
      { month: '2026-12', visits: 1, visitedHouseholds: 1 },
    ]
    expect(sumOverPeriod('2026-10-3m', monthly)).toEqual({ visits: 4, visitedHouseholds: 3 })
    expect(sumOverPeriod('2026-11', monthly)).toEqual({ visits: 0, visitedHouseholds: 0 })
  })

  test('coverage percent has one decimal, caps at 100 and is 0 with no households', () => {
    expect(coveragePercent(2, 3)).toBe(66.7)
    expect(coveragePercent(5, 4)).toBe(100)
    expect(coveragePercent(0, 0)).toBe(0)
  })
})

describe('judging the device times of a visit', () => {
  const now = new Date('2026-11-20T01:00:00Z')
  const at = (iso: string) => new Date(iso)

  test('a visit just finished is on time', () => {
    expect(judgeVisitTime(at('2026-11-20T00:20:00Z'), at('2026-11-20T00:50:00Z'), now)).toEqual({
      ok: true,
      syncedLate: false,
    })
  })

  test('a visit sent hours after it ended is marked synced late', () => {
    expect(judgeVisitTime(at('2026-11-19T02:00:00Z'), at('2026-11-19T02:30:00Z'), now)).toEqual({
      ok: true,
      syncedLate: true,
    })
  })

  test('an end before the start, a future time, a 13-hour visit and a 41-day-old one are refused', () => {
    expect(judgeVisitTime(at('2026-11-20T00:50:00Z'), at('2026-11-20T00:20:00Z'), now).ok).toBe(false)
    expect(judgeVisitTime(at('2026-11-20T00:50:00Z'), at('2026-11-20T01:10:00Z'), now).ok).toBe(false)
    expect(judgeVisitTime(at('2026-11-19T10:00:00Z'), at('2026-11-19T23:00:00Z'), now).ok).toBe(false)
    expect(judgeVisitTime(at('2026-10-09T23:00:00Z'), at('2026-10-09T23:30:00Z'), now).ok).toBe(false)
  })
})
