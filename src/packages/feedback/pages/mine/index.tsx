import { View, Text } from '@tarojs/components'
import { Button, Input, TextArea } from '@nutui/nutui-react-taro'
import {
  FEEDBACK_KINDS,
  FEEDBACK_KIND_LABELS,
  FEEDBACK_TOPICS,
  FEEDBACK_TOPIC_LABELS,
  FEEDBACK_ANSWER_WORKING_DAYS,
} from '@contract/domain/feedback'
import { PagedFooter } from '@/components/paged-footer'
import { FeedbackCard } from '@/components/feedback-card'
import { useMyFeedback } from '@/hooks/use-feedback'
import '../../feedback.scss'

const chip = (on: boolean, extra: string) => `zc-f__chip ${extra} ${on ? 'zc-f__chip--on' : ''}`

/** 投诉建议 for every user: write one, then read one's own with the department's answers. */
export default function MyFeedbackPage() {
  const f = useMyFeedback()
  return (
    <View className='zc-page feedback-mine-page'>
      <Text className='zc-f__intro'>{`对小程序或驻村工作的投诉、建议，由本县（区）委组织部受理，${FEEDBACK_ANSWER_WORKING_DAYS} 个工作日内答复。联系方式选填，仅受理人员经说明理由后可查看。`}</Text>
      <View className='zc-f__form'>
        <View className='zc-f__row'>
          {FEEDBACK_KINDS.map((k) => (
            <Text
              key={k}
              className={chip(f.kind === k, `feedback-kind feedback-kind--${k}`)}
              onClick={() => f.setKind(k)}
            >
              {FEEDBACK_KIND_LABELS[k]}
            </Text>
          ))}
          {FEEDBACK_TOPICS.map((t) => (
            <Text
              key={t}
              className={chip(f.topic === t, `feedback-topic feedback-topic--${t}`)}
              onClick={() => f.setTopic(t)}
            >
              {FEEDBACK_TOPIC_LABELS[t]}
            </Text>
          ))}
        </View>
        <TextArea
          className='feedback-text'
          placeholder='请写明您的投诉或建议（500 字以内）'
          maxLength={500}
          value={f.text}
          onChange={f.setText}
        />
        <Input
          className='feedback-contact'
          placeholder='联系方式（选填）'
          maxLength={30}
          value={f.contact}
          onChange={f.setContact}
        />
        <View className='zc-f__row'>
          <Button size='small' className='feedback-photo' onClick={() => void f.addPhoto()}>
            {f.photo ? '更换照片' : '添加照片（选填）'}
          </Button>
          {f.photo ? <Text className='feedback-photo-added'>已选 1 张</Text> : null}
        </View>
        <Button
          block
          type='primary'
          className='feedback-submit'
          loading={f.busy}
          disabled={f.busy || !f.text.trim()}
          onClick={() => void f.submit()}
        >
          提交
        </Button>
      </View>
      {f.message ? <Text className='zc-f__msg feedback-message'>{f.message}</Text> : null}
      <Text className='zc-f__head'>我的投诉建议</Text>
      {f.list.items.map((item) => (
        <FeedbackCard key={item.id} item={item} />
      ))}
      <PagedFooter list={f.list} empty='还没有提交过投诉建议' />
    </View>
  )
}
