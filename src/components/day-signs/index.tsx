import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import { Button, TextArea } from '@nutui/nutui-react-taro'
import type { MonthView } from '@contract/api/presence-views'
import { useSignNotes } from '@/hooks/use-sign-notes'

type CalendarDay = MonthView['days'][number]

interface Props {
  day: CalendarDay
  personId: string
  /** The viewer's own record: they may explain; someone else's: a reviewer may keep or clear. */
  own: boolean
  onChanged: () => Promise<void>
}

/** A day's signs worth checking, the cadre's explanation and the reviewer's decision, with their actions. */
export function DaySigns({ day, personId, own, onChanged }: Props) {
  const [text, setText] = useState('')
  const { busy, message, explain, review } = useSignNotes(onChanged)
  if (day.signs.length === 0) return null
  const reviewed = day.signReview
  return (
    <View className='day-signs'>
      {day.signs.map((s) => (
        <Text key={s.kind} className='zc-p__warn day-sign'>
          建议核实：{s.reason}
        </Text>
      ))}
      <Text className='zc-p__muted day-sign-rule'>建议核实不是处分；经人核实保留后才计入月度记录。</Text>
      {day.signNote ? <Text className='day-sign-note'>本人说明：{day.signNote.text}</Text> : null}
      {reviewed ? (
        <Text className='day-sign-review'>
          {reviewed.byName}核实：{reviewed.kept ? '保留' : '已排除'}（{reviewed.comment}）
        </Text>
      ) : (
        <Text className='zc-p__muted day-sign-review'>尚未经人核实</Text>
      )}
      <TextArea
        className='day-sign-text'
        placeholder={own ? '补充说明当天情况（仅本人可填）' : '核实意见（必填）'}
        maxLength={300}
        value={text}
        onChange={setText}
      />
      {own ? (
        <Button
          size='small'
          type='primary'
          className='day-sign-explain'
          loading={busy}
          disabled={busy || !text.trim()}
          onClick={() => void explain(day.day, text).then((ok) => ok && setText(''))}
        >
          {day.signNote ? '更新说明' : '补充说明'}
        </Button>
      ) : (
        <View className='zc-p__row'>
          <Button
            size='small'
            type='primary'
            className='day-sign-keep'
            loading={busy}
            disabled={busy || !text.trim()}
            onClick={() => void review(personId, day.day, true, text).then((ok) => ok && setText(''))}
          >
            保留（计入月度记录）
          </Button>
          <Button
            size='small'
            className='day-sign-clear'
            loading={busy}
            disabled={busy || !text.trim()}
            onClick={() => void review(personId, day.day, false, text).then((ok) => ok && setText(''))}
          >
            排除
          </Button>
        </View>
      )}
      {message ? <Text className='zc-p__muted day-sign-message'>{message}</Text> : null}
    </View>
  )
}
