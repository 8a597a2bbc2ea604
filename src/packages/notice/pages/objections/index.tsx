import { useState } from 'react'
import { View, Text, Image } from '@tarojs/components'
import { Button, TextArea } from '@nutui/nutui-react-taro'
import { PagedFooter } from '@/components/paged-footer'
import { useObjections, type ObjectionView } from '@/hooks/use-objections'
import { chinaTime } from '@/hooks/use-urge-receipts'
import { askForSubscription } from '@/services/subscribe'
import { FieldLabel } from '@/components/field-label'
import '../../notice.scss'

type Objections = ReturnType<typeof useObjections>

/** The township calls the objector back: the contact is shown once a reason is written (audited). */
function RevealContact({ o, h }: { o: ObjectionView; h: Objections }) {
  const [reason, setReason] = useState('')
  const contact = h.contacts[o.id]
  if (contact) return <Text className='zc-n__meta objection-contact-full'>{`联系方式：${contact}`}</Text>
  return (
    <View className='objection-reveal'>
      <TextArea
        className='objection-reveal-reason'
        placeholder='回访理由（必填，记入审计日志）'
        maxLength={200}
        value={reason}
        onChange={setReason}
      />
      <Button
        size='small'
        className='objection-reveal-send'
        disabled={h.busy || reason.trim().length < 5}
        onClick={() => void h.reveal(o.id, reason)}
      >
        查看联系方式回访
      </Button>
    </View>
  )
}

/** One objection: answer it, or pick who is responsible and register it as a rectification item. */
function ObjectionCard({ o, h }: { o: ObjectionView; h: Objections }) {
  const [reply, setReply] = useState('')
  const people = o.villageId ? h.people[o.villageId] : undefined
  return (
    <View className={`zc-n__card objection-item objection-item--${o.status}`}>
      <Text className='zc-n__meta'>{`${o.noticeTitle} · ${o.unitName} · ${chinaTime(o.createdAt)} · ${o.statusLabel}`}</Text>
      <Text className='zc-n__body objection-text'>{o.text}</Text>
      {o.contactMasked ? (
        <Text className='zc-n__meta objection-contact'>{`联系方式：${o.contactMasked}`}</Text>
      ) : null}
      {o.photoUrl ? <Image className='zc-n__photo' src={o.photoUrl} mode='aspectFill' /> : null}
      {o.reply ? <Text className='zc-n__meta'>{`答复：${o.reply}`}</Text> : null}
      {o.canReveal ? <RevealContact o={o} h={h} /> : null}
      {o.status === 'converted' ? (
        <Text className='zc-n__meta objection-converted'>{`已登记整改事项 ${o.rectifyItemId ?? ''}`}</Text>
      ) : !o.canDecide ? (
        <Text className='zc-n__meta objection-follow'>
          {o.reply ? '乡镇已答复' : '等待乡镇答复，答复后显示在这里'}
        </Text>
      ) : (
        <>
          <FieldLabel text='答复内容' />
          <TextArea
            className='objection-reply'
            placeholder='答复内容'
            maxLength={300}
            value={reply}
            onChange={setReply}
          />
          <View className='zc-n__row'>
            <Button
              size='small'
              className='objection-reply-send'
              disabled={h.busy || !reply.trim()}
              onClick={() => void h.reply(o.id, reply)}
            >
              答复
            </Button>
            {o.villageId && !people ? (
              <Button
                size='small'
                type='primary'
                className='objection-convert'
                disabled={h.busy}
                onClick={() => void h.loadResponsibles(o.villageId ?? '')}
              >
                转为整改事项
              </Button>
            ) : null}
          </View>
          {people ? (
            <View className='zc-n__row'>
              <Text>选择责任人：</Text>
              {people.map((p) => (
                <Text
                  key={p.id}
                  className='zc-n__chip objection-responsible'
                  onClick={() => void h.convert(o.id, p.id)}
                >{`${p.name}（${p.postLabel}）`}</Text>
              ))}
            </View>
          ) : null}
        </>
      )}
    </View>
  )
}

/** 公示异议: what villagers raised in scope, answered or turned into 整改 (source 公示异议). */
export default function ObjectionsPage() {
  const h = useObjections()
  return (
    <View className='zc-page objections-page'>
      {h.message ? <Text className='zc-n__msg objections-message'>{h.message}</Text> : null}
      {h.list.items.map((o) => (
        <ObjectionCard key={o.id} o={o} h={h} />
      ))}
      <PagedFooter list={h.list} empty='暂无异议' />
      <View className='zc-n__actions'>
        <Button block className='objection-subscribe' onClick={() => void askForSubscription(['objection'])}>
          村民提出异议时微信提醒我
        </Button>
      </View>
    </View>
  )
}
