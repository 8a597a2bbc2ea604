import type { TrendPoint } from '@contract/api/report'

export const monthLabel = (month: string) => `${Number(month.slice(5))}月`

/** One sentence a screen reader can read instead of the bars. */
export function trendSummary(points: readonly TrendPoint[]): string {
  if (points.length === 0) return '近12个月暂无数据'
  const first = points[0]
  const last = points[points.length - 1]
  const zero = points.filter((p) => p.coveragePercent === 0 && p.presenceMetPercent === 0).length
  return (
    `近12个月（${monthLabel(first.month)}至${monthLabel(last.month)}）：走访覆盖率从 ${first.coveragePercent}% 到 ${last.coveragePercent}%，` +
    `在村达标率从 ${first.presenceMetPercent}% 到 ${last.presenceMetPercent}%${zero ? `；${zero} 个月两项均为 0` : ''}。`
  )
}
