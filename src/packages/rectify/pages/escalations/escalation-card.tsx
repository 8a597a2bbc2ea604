import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { Button, TextArea } from '@nutui/nutui-react-taro'
import type { EscalationView } from '@contract/api/rectify-schemas'
import type { EscalationDecision } from '@/hooks/use-escalations'
import { FieldLabel } from '@/components/field-label'

/** `YYYY-MM-DD HH:mm` in China time (UTC+8) from an ISO instant. */
const chinaTime = (iso: string) =>
  new Date(new Date(iso).getTime() + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ')

interface Props {
  item: EscalationView
  canDecide: boolean
  busy: boolean
  onDecide: (id: string, decision: EscalationDecision, comment: string) => Promise<boolean>
}

/** One proposal: who, which step for which strike, the item behind it; a decider answers with a comment. */
export function EscalationCard({ item, canDecide, busy, onDecide }: Props) {
  const [comment, setComment] = useState('')
  const [tried, setTried] = useState(false)
  const openItem = () =>
    void Taro.navigateTo({ url: `/packages/rectify/pages/detail/index?id=${item.itemId}` })
  const submit = async (decision: EscalationDecision) => {
    setTried(true)
    if (!comment.trim()) return
    if (await onDecide(item.id, decision, comment)) setComment('')
  }
  return (
    <View className={`esc-card escalation escalation--${item.status}`}>
      <View className='esc-card__head'>
        <Text className='esc-card__name escalation-person'>{item.personName}</Text>
        <Text className='esc-card__step escalation-step'>建议{item.stepLabel}</Text>
      </View>
      <Text className='esc-card__line escalation-strikes'>
        12 个月内第 {item.strikeCount} 次（本次：{item.strikeLabel}） · {item.villageName}
      </Text>
      <Text className='esc-card__item escalation-item' onClick={openItem}>
        整改事项：{item.itemProblem} ›
      </Text>
      <Text className='esc-card__line'>
        提出时间 {chinaTime(item.createdAt)} · 【<Text className='escalation-status'>{item.statusLabel}</Text>
        】
      </Text>
      {item.status !== 'pending' ? (
        <Text className='esc-card__decided escalation-decided'>
          {item.decidedByName ?? ''}
          {item.decidedAt ? ` 于 ${chinaTime(item.decidedAt)}` : ''}：{item.comment ?? ''}
        </Text>
      ) : canDecide ? (
        <View>
          <FieldLabel text='审批意见' />
          <TextArea
            className='escalation-comment'
            placeholder='审批意见（必填）'
            maxLength={500}
            value={comment}
            onChange={setComment}
          />
          {tried && !comment.trim() ? <Text className='zc-r__warn'>请填写审批意见</Text> : null}
          <View className='esc-card__actions'>
            <Button
              size='small'
              type='primary'
              className='escalation-approve'
              loading={busy}
              disabled={busy}
              onClick={() => void submit('approve')}
            >
              批准
            </Button>
            <Button
              size='small'
              className='escalation-dismiss'
              disabled={busy}
              onClick={() => void submit('dismiss')}
            >
              不予采纳
            </Button>
          </View>
        </View>
      ) : (
        <Text className='esc-card__line'>由县委组织部（督查、管理员）审批</Text>
      )}
    </View>
  )
}
