import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { Progress } from '@nutui/nutui-react-taro'
import { AsyncGate } from '@/components/async-gate'
import { MonthCalendar } from '@/components/month-calendar'
import { DaySigns } from '@/components/day-signs'
import { monthParam, shiftMonth, usePresenceMonth } from '@/hooks/use-presence-month'
import type { MonthView } from '@contract/api/presence-views'
import '../../presence.scss'

/** 请假 by type, each marked counted or excused as the county's rules say. */
function leaveSplit(types: MonthView['leaveByType']): string {
  const parts = types
    .filter((t) => t.days > 0)
    .map((t) => `${t.label} ${t.days} 天（${t.counts ? '计入' : '不计入'}）`)
  return `请假：${parts.join('、')}`
}

/**
 * My month (or, with ?personId, a cadre's month for a supervisor): the days and the 20-day meter.
 * A drill-down may also name the month (?month=YYYY-MM), e.g. the dashboard's month.
 */
export default function CalendarPage() {
  const { params } = useRouter()
  const { month, setMonth, state, reload } = usePresenceMonth(
    params.personId || undefined,
    monthParam(params.month),
  )
  const [selected, setSelected] = useState<string | null>(null)
  return (
    <View className='zc-page calendar-page'>
      <View className='zc-p__bar'>
        <Text className='zc-p__bar-btn' onClick={() => setMonth(shiftMonth(month, -1))}>
          ‹ 上月
        </Text>
        <Text className='calendar-month'>{month.replace('-', ' 年 ')} 月</Text>
        <Text className='zc-p__bar-btn' onClick={() => setMonth(shiftMonth(month, 1))}>
          下月 ›
        </Text>
      </View>
      <AsyncGate state={state} onRetry={reload}>
        {(m) => {
          const day = m.days.find((d) => d.day === selected)
          return (
            <>
              <View className='zc-p__meter'>
                <Text className='zc-p__meter-line presence-meter'>
                  {m.person.name} · 计入 {m.countedDays} / {m.requiredDays} 天（在村 {m.presentDays} 天
                  {m.countedLeaveDays > 0 ? `，公差/培训等 ${m.countedLeaveDays} 天` : ''}）
                </Text>
                {m.leaveDays > 0 ? (
                  <Text className='zc-p__muted presence-leave-split'>
                    {leaveSplit(m.leaveByType)}
                    {m.excusedDays > 0 ? `；准假不计入 ${m.excusedDays} 天` : ''}
                  </Text>
                ) : null}
                {m.dailySubsidy !== null ? (
                  <Text className='zc-p__muted presence-subsidy'>
                    补助天数 {m.countedDays} 天 × {m.dailySubsidy} 元 = {m.subsidyAmount} 元
                  </Text>
                ) : null}
                <Progress
                  percent={Math.min(100, Math.round((m.countedDays / Math.max(1, m.requiredDays)) * 100))}
                />
                <Text className='zc-p__muted'>
                  {m.met ? '本月已达到要求' : `还差 ${m.shortfall} 天`} · 未记录 {m.awayDays} 天
                </Text>
                {m.suggestion ? (
                  <Text className='zc-p__warn'>
                    暗访未在岗（未请假）{m.unexcusedAbsences} 次，按规定建议：{m.suggestion}（待人工确认）
                  </Text>
                ) : null}
              </View>
              <MonthCalendar days={m.days} selected={selected} onSelect={setSelected} />
              {day ? (
                <View className='zc-p__detail day-detail'>
                  <Text>
                    {day.day}：{day.statusLabel || '尚未到来'}
                    {day.attempted ? '（有签到未计入）' : ''}
                    {day.syncedLate ? '（离线记录，延迟同步）' : ''}
                  </Text>
                  <DaySigns day={day} personId={m.person.id} own={!params.personId} onChanged={reload} />
                  <Text className='zc-p__muted'>工作日志：{day.log ?? '未填写'}</Text>
                </View>
              ) : (
                <Text className='zc-p__muted'>点日期查看当天记录与工作日志</Text>
              )}
            </>
          )
        }}
      </AsyncGate>
    </View>
  )
}
