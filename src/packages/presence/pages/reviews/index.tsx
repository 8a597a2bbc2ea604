import { useState } from 'react'
import Taro, { useRouter } from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import { Button, Cell, CellGroup, Input, TextArea } from '@nutui/nutui-react-taro'
import { REVIEW_LEVEL_LABELS, REVIEW_LEVELS, type ReviewLevel } from '@contract/domain/duty-review'
import { AsyncGate } from '@/components/async-gate'
import { FieldLabel } from '@/components/field-label'
import { useReviews } from '@/hooks/use-reviews'
import '../../presence.scss'

/**
 * 述职评议: a township leader or the county admin lists sessions and holds a new one (?as=overseer,
 * with the unit id); a cadre sees their own results.
 */
export default function ReviewsPage() {
  const { params } = useRouter()
  const overseer = params.as === 'overseer'
  const { state, reload, message, create } = useReviews(overseer ? 'overseer' : 'cadre')
  const [level, setLevel] = useState<ReviewLevel>('township')
  const [unitId, setUnitId] = useState(params.unitId ?? '')
  const [date, setDate] = useState('')
  const [title, setTitle] = useState('')
  const [attendees, setAttendees] = useState('')
  const names = attendees.split(/[，,、\s]+/).filter(Boolean)
  return (
    <View className='zc-page reviews-page'>
      {overseer ? (
        <View className='zc-p__form'>
          <FieldLabel text='评议层级' />
          <View className='zc-p__actions'>
            {REVIEW_LEVELS.map((l) => (
              <Button key={l} type={l === level ? 'primary' : 'default'} onClick={() => setLevel(l)}>
                {REVIEW_LEVEL_LABELS[l]}
              </Button>
            ))}
          </View>
          <FieldLabel text='评议单位编号（乡镇或县）' />
          <Input className='review-unit' value={unitId} onChange={(s: string) => setUnitId(s)} />
          <FieldLabel text='会议日期（如 2026-11-18）' />
          <Input className='review-date' value={date} onChange={(s: string) => setDate(s)} />
          <FieldLabel text='会议名称' />
          <Input className='review-title' value={title} onChange={(s: string) => setTitle(s)} />
          <FieldLabel text='参会人员（姓名，用顿号或逗号分隔）' />
          <TextArea
            className='review-attendees'
            value={attendees}
            onChange={(s: string) => setAttendees(s)}
          />
          <Button
            type='primary'
            className='review-create'
            onClick={() => void create({ level, unitId, date, title, attendees: names })}
          >
            建立述职评议会
          </Button>
        </View>
      ) : null}
      {message ? <Text className='zc-p__msg reviews-message'>{message}</Text> : null}
      <AsyncGate state={state} onRetry={reload}>
        {({ sessions, mine }) =>
          overseer ? (
            <CellGroup title='述职评议会'>
              {sessions.length === 0 ? <Cell title='暂无述职评议会' /> : null}
              {sessions.map((s) => (
                <Cell
                  key={s.id}
                  className='review-session-item'
                  title={`${s.date} ${s.title}`}
                  description={`${s.unitName}（${s.levelLabel}级） · 参会 ${s.attendees.length} 人`}
                  onClick={() =>
                    void Taro.navigateTo({ url: `/packages/presence/pages/review-session/index?id=${s.id}` })
                  }
                />
              ))}
            </CellGroup>
          ) : (
            <CellGroup title='我的述职评议结果'>
              {mine.length === 0 ? <Cell title='暂无述职评议结果' /> : null}
              {mine.map((e) => (
                <Cell
                  key={e.id}
                  className='my-review-item'
                  title={`${e.date} ${e.sessionTitle}：${e.resultLabel}`}
                  description={`录入人：${e.recordedByName}`}
                />
              ))}
            </CellGroup>
          )
        }
      </AsyncGate>
    </View>
  )
}
