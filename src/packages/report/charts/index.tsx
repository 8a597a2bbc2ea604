import { View, Text } from '@tarojs/components'
import type { DashboardChild } from '@contract/api/report'

export { TrendColumns } from './trend'

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
            <View
              className={`zc-rp__bar-fill zc-rp--${coverageTone(c.coverage.percent)}`}
              style={{ width: `${Math.min(100, c.coverage.percent)}%` }}
            />
          </View>
          <Text className='zc-rp__bar-value'>{c.coverage.percent}%</Text>
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
        <View
          key={c.id}
          className={`zc-rp__cell report-cell zc-rp--${coverageTone(c.coverage.percent)}`}
          onClick={() => onPick(c.id)}
        >
          <Text className='zc-rp__cell-name'>{c.name}</Text>
          <Text className='zc-rp__cell-value'>{c.coverage.percent}%</Text>
        </View>
      ))}
    </View>
  )
}
