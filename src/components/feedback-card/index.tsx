import type { ReactNode } from 'react'
import { View, Text } from '@tarojs/components'
import type { MyFeedback } from '@contract/api/feedback'
import { chinaTime } from '@/hooks/use-urge-receipts'

/** One complaint or suggestion with its status, due day and, once given, the answer. */
export function FeedbackCard({
  item,
  overdue = false,
  children,
}: {
  item: MyFeedback
  overdue?: boolean
  children?: ReactNode
}) {
  return (
    <View className={`zc-f__card feedback-item feedback-item--${item.status}`}>
      <Text className='zc-f__meta'>
        {`${item.kindLabel} · ${item.topicLabel} · ${chinaTime(item.createdAt)} · `}
        <Text className='feedback-status'>{item.statusLabel}</Text>
        {overdue ? <Text className='zc-f__late feedback-overdue'> · 已逾期</Text> : null}
      </Text>
      <Text className='zc-f__body feedback-item-text'>{item.text}</Text>
      <Text className='zc-f__meta'>{`受理单位：${item.hostName} · 答复期限：${item.dueDay}${item.hasPhoto ? ' · 附照片' : ''}`}</Text>
      {item.answer ? <Text className='zc-f__answer feedback-answer'>{`答复：${item.answer}`}</Text> : null}
      {item.closeReason ? (
        <Text className='zc-f__meta feedback-close-reason'>{`关闭说明：${item.closeReason}`}</Text>
      ) : null}
      {children}
    </View>
  )
}
