import { useState } from 'react'
import { View, Text, Image } from '@tarojs/components'
import { Button, TextArea } from '@nutui/nutui-react-taro'
import { FEEDBACK_STATUSES, FEEDBACK_STATUS_LABELS, canStep } from '@contract/domain/feedback'
import type { HostFeedback } from '@contract/api/feedback'
import { PagedFooter } from '@/components/paged-footer'
import { FeedbackCard } from '@/components/feedback-card'
import { useFeedbackInbox } from '@/hooks/use-feedback-inbox'
import '../../feedback.scss'

type Inbox = ReturnType<typeof useFeedbackInbox>

/** One item to handle: accept, answer, close with a reason; the contact only with a reason. */
function HostCard({ item, h }: { item: HostFeedback; h: Inbox }) {
  const [text, setText] = useState('')
  const contact = h.contacts[item.id]
  return (
    <FeedbackCard item={item} overdue={item.overdue}>
      <Text className='zc-f__meta'>{`发送人：${item.senderLabel}${item.villageName ? `（${item.villageName}）` : ''}`}</Text>
      {item.contactMasked ? (
        <Text className='zc-f__meta feedback-contact-masked'>{`联系方式：${contact ?? item.contactMasked}`}</Text>
      ) : null}
      {item.photoUrl ? <Image className='zc-f__photo' src={item.photoUrl} mode='aspectFill' /> : null}
      {item.answeredByName ? <Text className='zc-f__meta'>{`答复人：${item.answeredByName}`}</Text> : null}
      {item.status === 'closed' ? null : (
        <>
          <TextArea
            className='feedback-reply'
            placeholder='答复内容，或关闭、查看联系方式的理由'
            maxLength={1000}
            value={text}
            onChange={setText}
          />
          <View className='zc-f__row'>
            {canStep(item.status, 'start') ? (
              <Button
                size='small'
                className='feedback-start'
                disabled={h.busy}
                onClick={() => void h.start(item.id)}
              >
                受理
              </Button>
            ) : null}
            {canStep(item.status, 'answer') ? (
              <Button
                size='small'
                type='primary'
                className='feedback-answer-send'
                disabled={h.busy || !text.trim()}
                onClick={() => void h.answer(item.id, text)}
              >
                答复
              </Button>
            ) : null}
            <Button
              size='small'
              className='feedback-close'
              disabled={h.busy || !text.trim()}
              onClick={() => void h.close(item.id, text)}
            >
              关闭
            </Button>
            {item.contactMasked && !contact ? (
              <Button
                size='small'
                className='feedback-reveal'
                disabled={h.busy || !text.trim()}
                onClick={() => void h.reveal(item.id, text)}
              >
                查看联系方式
              </Button>
            ) : null}
          </View>
        </>
      )}
    </FeedbackCard>
  )
}

/** The 主办单位's inbox: newest first, filtered by status or overdue; overdue always counted. */
export default function FeedbackInboxPage() {
  const h = useFeedbackInbox()
  const chip = (on: boolean, extra: string) => `zc-f__chip ${extra} ${on ? 'zc-f__chip--on' : ''}`
  return (
    <View className='zc-page feedback-inbox-page'>
      {h.overdue > 0 ? (
        <Text className='zc-f__warn feedback-overdue-count'>{`${h.overdue} 条超过答复期限未答复`}</Text>
      ) : null}
      <View className='zc-f__form zc-f__row'>
        <Text
          className={chip(!h.filter.status && !h.filter.overdue, 'feedback-filter feedback-filter--all')}
          onClick={() => h.setFilter({})}
        >
          全部
        </Text>
        {FEEDBACK_STATUSES.map((s) => (
          <Text
            key={s}
            className={chip(h.filter.status === s, `feedback-filter feedback-filter--${s}`)}
            onClick={() => h.setFilter({ status: s })}
          >
            {FEEDBACK_STATUS_LABELS[s]}
          </Text>
        ))}
        <Text
          className={chip(!!h.filter.overdue, 'feedback-filter feedback-filter--overdue')}
          onClick={() => h.setFilter({ overdue: true })}
        >
          已逾期
        </Text>
      </View>
      {h.message ? <Text className='zc-f__msg feedback-message'>{h.message}</Text> : null}
      {h.list.items.map((item) => (
        <HostCard key={item.id} item={item} h={h} />
      ))}
      <PagedFooter list={h.list} empty='暂无投诉建议' />
    </View>
  )
}
