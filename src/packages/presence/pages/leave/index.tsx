import { useState } from 'react'
import { View, Text, Picker } from '@tarojs/components'
import { Button, Cell, CellGroup, TextArea } from '@nutui/nutui-react-taro'
import {
  LEAVE_TYPES,
  LEAVE_TYPE_LABELS,
  TOWNSHIP_LEAVE_MAX_DAYS,
  type LeaveType,
} from '@contract/domain/presence'
import { AsyncGate } from '@/components/async-gate'
import { SkippedNote } from '@/components/skipped-note'
import { addDaysTo, chainLine, todayInChina, useLeaves } from '@/hooks/use-leaves'
import { FieldLabel } from '@/components/field-label'
import '../../presence.scss'

/** Ask for leave (the approver follows from its length), see my leaves, and 销假 on return. */
export default function LeavePage() {
  const { state, reload, busy, message, request, returnFrom } = useLeaves('mine')
  const [type, setType] = useState<LeaveType>('personal')
  const [startDay, setStartDay] = useState(() => addDaysTo(todayInChina(), 1))
  const [days, setDays] = useState(1)
  const [reason, setReason] = useState('')
  const endDay = addDaysTo(startDay, days - 1)
  const submit = async () => {
    if (await request({ type, startDay, days, reason })) setReason('')
  }
  return (
    <View className='zc-page leave-page'>
      <View className='zc-p__form'>
        <View className='zc-p__row zc-p__chips'>
          {LEAVE_TYPES.map((t) => (
            <Text
              key={t}
              className={`zc-p__chip leave-type leave-type--${t} ${type === t ? 'zc-p__chip--on' : ''}`}
              onClick={() => setType(t)}
            >
              {LEAVE_TYPE_LABELS[t]}
            </Text>
          ))}
        </View>
        <View className='zc-p__row zc-p__chips'>
          <Text
            className={`zc-p__chip leave-start-today ${startDay === todayInChina() ? 'zc-p__chip--on' : ''}`}
            onClick={() => setStartDay(todayInChina())}
          >
            今天起
          </Text>
          <Text
            className={`zc-p__chip leave-start-tomorrow ${startDay === addDaysTo(todayInChina(), 1) ? 'zc-p__chip--on' : ''}`}
            onClick={() => setStartDay(addDaysTo(todayInChina(), 1))}
          >
            明天起
          </Text>
        </View>
        <Picker
          mode='date'
          value={startDay}
          start={addDaysTo(todayInChina(), -3)}
          onChange={(e) => setStartDay(String(e.detail.value))}
        >
          <View className='zc-p__row'>
            开始日期：<Text className='leave-start'>{startDay}</Text>（点击修改）
          </View>
        </Picker>
        <View className='zc-p__row'>
          天数：
          <Text className='zc-p__chip leave-days-minus' onClick={() => setDays((d) => Math.max(1, d - 1))}>
            －
          </Text>
          <Text className='leave-days'>{days}</Text>
          <Text className='zc-p__chip leave-days-plus' onClick={() => setDays((d) => Math.min(60, d + 1))}>
            ＋
          </Text>
          <Text>至 {endDay}</Text>
        </View>
        <Text className='zc-p__muted'>
          {days <= TOWNSHIP_LEAVE_MAX_DAYS ? '3 天以内：由乡镇党委审批' : '超过 3 天：由县委组织部审批'}
        </Text>
        <FieldLabel text='请假事由' />
        <TextArea
          className='leave-reason'
          placeholder='请假事由'
          maxLength={200}
          value={reason}
          onChange={setReason}
        />
        <View className='zc-p__actions'>
          <Button
            type='primary'
            block
            className='leave-submit'
            loading={busy}
            disabled={busy || !reason.trim()}
            onClick={() => void submit()}
          >
            提交请假
          </Button>
        </View>
      </View>
      {message ? <Text className='zc-p__msg leave-message'>{message}</Text> : null}
      <AsyncGate state={state} onRetry={reload}>
        {({ items, skipped }) => (
          <CellGroup title='我的请假'>
            <SkippedNote count={skipped} />
            {items.length === 0 ? <Cell title='暂无请假记录' /> : null}
            {items.map((l) => (
              <Cell
                key={l.id}
                className={`leave-item leave-item--${l.status}`}
                title={`${l.typeLabel} ${l.startDay} 至 ${l.endDay}（${l.days} 天）`}
                description={`${l.statusLabel} · ${chainLine(l.chain)}${l.comment ? ` · 意见：${l.comment}` : ''}${l.returnedDay ? ` · ${l.returnedDay} 销假` : ''}`}
                extra={
                  l.status === 'approved' ? (
                    <Text className='zc-link leave-return' onClick={() => void returnFrom(l.id)}>
                      销假
                    </Text>
                  ) : undefined
                }
              />
            ))}
          </CellGroup>
        )}
      </AsyncGate>
    </View>
  )
}
