import { trendSummary } from '../../src/packages/report/charts/trend-summary'

const point = (month: string, coveragePercent: number, presenceMetPercent: number) => ({
  month,
  coveragePercent,
  presenceMetPercent,
  rectOpened: 0,
  rectClosed: 0,
})

describe('the 12-month chart as a sentence', () => {
  test('it names the first and last months, both rates, and how many months were zero', () => {
    const points = [
      point('2025-12', 0, 0),
      point('2026-01', 0, 0),
      point('2026-06', 40, 75),
      point('2026-11', 88, 90),
    ]
    expect(trendSummary(points)).toBe(
      '近12个月（12月至11月）：走访覆盖率从 0% 到 88%，在村达标率从 0% 到 90%；2 个月两项均为 0。',
    )
  })

  test('no months reads as no data', () => {
    expect(trendSummary([])).toBe('近12个月暂无数据')
  })
})
