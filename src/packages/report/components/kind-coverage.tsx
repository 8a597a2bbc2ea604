import { View, Text } from '@tarojs/components'
import type { Dashboard } from '@contract/api/report'

/**
 * 本周期 per household kind under the coverage figure: each kind counts over its own period (监测对象
 * this month, 脱贫户 this quarter…), so the label names them instead of one month.
 */
export function KindCoverage({ visits }: { visits: Dashboard['visits'] }) {
  const rows = visits.byKind ?? []
  return (
    <View className='zc-rp__card report-kind-coverage'>
      <Text className='zc-rp__muted report-kind-periods'>本周期：{visits.periodLabel}</Text>
      {rows.map((r) => (
        <Text key={r.kind} className={`zc-rp__muted report-kind-row report-kind-row--${r.kind}`}>
          {r.label}（{r.periodLabel}）已走访 {r.visited}/{r.total} 户 · {r.percent}%
        </Text>
      ))}
    </View>
  )
}
