import { View, Text } from '@tarojs/components'
import type { CountItem } from '@contract/api/common'
import type { MonitorChild, MonitorFigures } from '@contract/api/report-monitoring'

/** One sentence per place: the text form of the bars, read by screen readers and shown under them. */
export function figuresSentence(name: string, f: MonitorFigures): string {
  return (
    `${name}：监测对象 ${f.monitored} 户，办理中 ${f.open} 件（超期 ${f.overdue} 件），` +
    `本年风险消除 ${f.resolvedThisYear} 户，低于监测标准且无帮扶措施 ${f.withoutMeasure} 户`
  )
}

/** Horizontal bars of counts, each with its number written out (colour is never the only carrier). */
export function CountBars({ items, title }: { items: CountItem[]; title: string }) {
  const max = Math.max(1, ...items.map((i) => i.value))
  return (
    <View
      className='zc-rp__bars monitor-bars'
      aria-label={`${title}：${items.map((i) => `${i.label} ${i.value}`).join('，')}`}
    >
      {items.map((i) => (
        <View key={i.key} className='zc-rp__bar-row monitor-bar' aria-hidden>
          <Text className='zc-rp__bar-name'>{i.label}</Text>
          <View className='zc-rp__bar-track'>
            <View className='zc-rp__bar-fill zc-rp--mid' style={{ width: `${(i.value / max) * 100}%` }} />
          </View>
          <Text className='zc-rp__bar-value'>{i.value}</Text>
        </View>
      ))}
    </View>
  )
}

/** Child places in org order (never ranked): monitored households as a bar, the rest written out. */
export function ChildFigures({ items, onPick }: { items: MonitorChild[]; onPick: (id: string) => void }) {
  const max = Math.max(1, ...items.map((c) => c.monitored))
  return (
    <View className='zc-rp__bars monitor-children'>
      {items.map((c) => (
        <View
          key={c.id}
          className='monitor-child'
          onClick={() => onPick(c.id)}
          aria-label={figuresSentence(c.name, c)}
        >
          <View className='zc-rp__bar-row' aria-hidden>
            <Text className='zc-rp__bar-name'>{c.name}</Text>
            <View className='zc-rp__bar-track'>
              <View
                className={`zc-rp__bar-fill ${c.overdue > 0 ? 'zc-rp--low' : 'zc-rp--high'}`}
                style={{ width: `${(c.monitored / max) * 100}%` }}
              />
            </View>
            <Text className='zc-rp__bar-value'>{c.monitored}</Text>
          </View>
          <Text className='zc-rp__muted monitor-child-text'>{figuresSentence(c.name, c)}</Text>
        </View>
      ))}
    </View>
  )
}
