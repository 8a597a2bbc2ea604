import { View, Text } from '@tarojs/components'
import type { DashboardChild, TrendPoint } from '@contract/api/report'

/** Coverage colour bands: a glance tells where work is behind (a place, never a person). */
export function coverageTone(percent: number): 'low' | 'mid' | 'high' {
  return percent >= 90 ? 'high' : percent >= 60 ? 'mid' : 'low'
}

/** Horizontal bars, one per township, in org order (never sorted by result). */
export function UnitBars({ items, onPick }: { items: DashboardChild[]; onPick: (id: string) => void }) {
  return (
    <View className='zc-rp__bars'>
      {items.map((c) => (
        <View key={c.id} className='zc-rp__bar-row report-bar' onClick={() => onPick(c.id)}>
          <Text className='zc-rp__bar-name'>{c.name}</Text>
          <View className='zc-rp__bar-track'>
            <View className={`zc-rp__bar-fill zc-rp--${coverageTone(c.coverage.percent)}`} style={{ width: `${Math.min(100, c.coverage.percent)}%` }} />
          </View>
          <Text className='zc-rp__bar-value'>{c.coverage.percent}%</Text>
        </View>
      ))}
    </View>
  )
}

/** Twelve monthly columns for two series, drawn with Views so both builds render them alike. */
export function TrendColumns({ points }: { points: TrendPoint[] }) {
  return (
    <View className='zc-rp__trend report-trend'>
      {points.map((p) => (
        <View key={p.month} className='zc-rp__trend-col'>
          <View className='zc-rp__trend-plot'>
            <View className='zc-rp__trend-a' style={{ height: `${Math.min(100, p.coveragePercent)}%` }} />
            <View className='zc-rp__trend-b' style={{ height: `${Math.min(100, p.presenceMetPercent)}%` }} />
          </View>
          <Text className='zc-rp__trend-label'>{Number(p.month.slice(5))}月</Text>
        </View>
      ))}
    </View>
  )
}

/** Villages as coloured cells by coverage; a tap opens the village. */
export function VillageGrid({ items, onPick }: { items: DashboardChild[]; onPick: (id: string) => void }) {
  return (
    <View className='zc-rp__grid'>
      {items.map((c) => (
        <View key={c.id} className={`zc-rp__cell report-cell zc-rp--${coverageTone(c.coverage.percent)}`} onClick={() => onPick(c.id)}>
          <Text className='zc-rp__cell-name'>{c.name}</Text>
          <Text className='zc-rp__cell-value'>{c.coverage.percent}%</Text>
        </View>
      ))}
    </View>
  )
}
