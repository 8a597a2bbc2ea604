import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import type { TrendPoint } from '@contract/api/report'
import { monthLabel, trendSummary } from './trend-summary'

const TICKS = [100, 50, 0]

function Bar({ value, tone }: { value: number; tone: 'a' | 'b' }) {
  return (
    <View className='zc-rp__trend-barbox'>
      {value > 0 ? (
        <View className={`zc-rp__trend-${tone}`} style={{ height: `${Math.min(100, value)}%` }} />
      ) : (
        <View className={`zc-rp__trend-zero zc-rp__trend-zero--${tone}`} />
      )}
      <Text
        className={`zc-rp__trend-value zc-rp__trend-value--${tone}`}
        style={{ bottom: `${Math.min(100, value)}%` }}
      >
        {value}
      </Text>
    </View>
  )
}

/**
 * Twelve monthly columns for two series, drawn with Views so both builds render them alike: a 0–100%
 * axis with guide lines, each bar's value above it, a zero month as an outlined stub (not a gap), and
 * the same figures as a table a tap away (and as a sentence for screen readers).
 */
export function TrendColumns({ points }: { points: TrendPoint[] }) {
  const [table, setTable] = useState(false)
  return (
    <View className='report-trend-block'>
      <View className='zc-rp__trend-chart' aria-label={trendSummary(points)}>
        <View className='zc-rp__trend-axis' aria-hidden>
          {TICKS.map((t) => (
            <Text key={t} className='zc-rp__trend-tick'>
              {t}%
            </Text>
          ))}
        </View>
        <View className='zc-rp__trend report-trend' aria-hidden>
          {points.map((p) => (
            <View key={p.month} className='zc-rp__trend-col'>
              <View className='zc-rp__trend-plot'>
                <Bar value={p.coveragePercent} tone='a' />
                <Bar value={p.presenceMetPercent} tone='b' />
              </View>
              <Text className='zc-rp__trend-label'>{monthLabel(p.month)}</Text>
            </View>
          ))}
        </View>
      </View>
      <Text className='zc-rp__link report-trend-toggle' onClick={() => setTable(!table)}>
        {table ? '收起数据表' : '以表格查看'}
      </Text>
      {table ? (
        <View className='zc-rp__table report-trend-table'>
          <View className='zc-rp__tr zc-rp__tr--head'>
            <Text className='zc-rp__td'>月份</Text>
            <Text className='zc-rp__td'>走访覆盖率</Text>
            <Text className='zc-rp__td'>在村达标率</Text>
            <Text className='zc-rp__td'>整改新增/销号</Text>
          </View>
          {points.map((p) => (
            <View key={p.month} className='zc-rp__tr report-trend-row'>
              <Text className='zc-rp__td'>{p.month.replace('-', '年')}月</Text>
              <Text className='zc-rp__td'>{p.coveragePercent}%</Text>
              <Text className='zc-rp__td'>{p.presenceMetPercent}%</Text>
              <Text className='zc-rp__td'>
                {p.rectOpened}/{p.rectClosed}
              </Text>
            </View>
          ))}
        </View>
      ) : null}
    </View>
  )
}
