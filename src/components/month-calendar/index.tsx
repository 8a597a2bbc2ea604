import { View, Text } from '@tarojs/components'
import type { MonthView } from '@contract/api/presence-views'
import './index.scss'

type CalendarDay = MonthView['days'][number]
const WEEKDAYS = ['一', '二', '三', '四', '五', '六', '日']

/** Monday-first month grid; colour says present / counted leave / excused leave / not recorded, a dot says "建议核实". */
export function MonthCalendar({
  days,
  selected,
  onSelect,
}: {
  days: CalendarDay[]
  selected: string | null
  onSelect: (day: string) => void
}) {
  if (days.length === 0) return null
  const first = new Date(`${days[0].day}T00:00:00Z`).getUTCDay()
  const blanks = (first + 6) % 7
  return (
    <View className='zc-cal'>
      {WEEKDAYS.map((w) => (
        <Text key={w} className='zc-cal__weekday'>
          {w}
        </Text>
      ))}
      {Array.from({ length: blanks }, (_, i) => (
        <View key={`b${i}`} className='zc-cal__cell zc-cal__cell--blank' />
      ))}
      {days.map((d) => (
        <View
          key={d.day}
          className={`zc-cal__cell cal-day cal-day--${d.status} cal-day-${d.day} zc-cal__cell--${d.status} ${d.attempted ? 'zc-cal__cell--attempted' : ''} ${selected === d.day ? 'zc-cal__cell--selected' : ''}`}
          onClick={() => onSelect(d.day)}
        >
          <Text className='zc-cal__num'>{Number(d.day.slice(8))}</Text>
          <Text className='zc-cal__label'>{d.statusLabel}</Text>
          {d.signs.length > 0 ? <View className='zc-cal__dot' /> : null}
        </View>
      ))}
    </View>
  )
}
