import { useEffect, useState } from 'react'
import { View, Text } from '@tarojs/components'
import { Button, Input, TextArea } from '@nutui/nutui-react-taro'
import type { PhotoInput } from '@contract/domain/rectification'
import type { RectAction } from '@contract/domain/rectification-flow'
import type { RectDetail, StepExtra } from '@/hooks/use-rectify'
import { useResponsibles } from '@/hooks/use-rectify'
import './index.scss'
import { askForSubscription } from '@/services/subscribe'
import { FieldLabel } from '@/components/field-label'

/** Actions that must say why; the server refuses them without a comment as well. */
const NEEDS_COMMENT: ReadonlySet<RectAction> = new Set(['close', 'reject', 'rejectExtension', 'dispute', 'withdraw', 'requestExtension', 'reassign'])
const DANGER: ReadonlySet<RectAction> = new Set(['reject', 'withdraw', 'dispute', 'rejectExtension'])

interface Props {
  item: RectDetail
  busy: boolean
  onStep: (action: RectAction, comment: string, extra: StepExtra) => Promise<boolean>
  onPhoto: () => Promise<PhotoInput | null>
}

/** The buttons this viewer may use on this item (computed by the server from the flow table). */
export function RectActions({ item, busy, onStep, onPhoto }: Props) {
  const [comment, setComment] = useState('')
  const [description, setDescription] = useState('')
  const [deadline, setDeadline] = useState('')
  const [after, setAfter] = useState<PhotoInput[]>([])
  const [assignee, setAssignee] = useState('')
  const has = (a: RectAction) => item.actions.some((x) => x.action === a)
  const responsibles = useResponsibles(item.villageId, has('reassign'))
  const loadPeople = responsibles.load
  useEffect(() => void loadPeople().catch(() => undefined), [loadPeople])
  if (item.actions.length === 0) return null
  const go = async (action: RectAction) => {
    // Applying to close is the natural moment to ask for WeChat reminders (only inside a tap).
    if (action === 'applyClose') void askForSubscription()
    const ok = await onStep(action, comment, { description, afterPhotos: after, deadline, responsiblePersonId: assignee })
    if (ok) {
      setComment('')
      setAfter([])
    }
  }
  const shoot = async () => {
    const photo = await onPhoto()
    if (photo) setAfter((list) => [...list, photo])
  }
  return (
    <View className='zc-rect-actions rect-actions'>
      {has('applyClose') ? (
        <View className='zc-rect-actions__block'>
          <FieldLabel text='整改情况说明' />
          <TextArea className='rect-close-description' placeholder='整改情况说明（申请销号时必填）' maxLength={1000} value={description} onChange={setDescription} />
          <View className='zc-rect-actions__row'>
            <Button size='small' className='rect-after-shoot' onClick={() => void shoot()}>拍摄整改后照片</Button>
            <Text className='rect-after-count'>已拍 {after.length} 张</Text>
          </View>
        </View>
      ) : null}
      {has('requestExtension') ? <><FieldLabel text='延期至' /><Input className='rect-extension-deadline' placeholder='YYYY-MM-DD' value={deadline} onChange={setDeadline} /></> : null}
      {has('reassign') ? (
        <View className='zc-rect-actions__row'>
          {responsibles.people.map((p) => (
            <Text key={p.id} className={`zc-rect-chip rect-assignee ${assignee === p.id ? 'zc-rect-chip--on' : ''}`} onClick={() => setAssignee(p.id)}>
              {p.name}（{p.postLabel}）
            </Text>
          ))}
        </View>
      ) : null}
      <FieldLabel text='意见或理由' />
      <TextArea className='rect-comment' placeholder='意见或理由（销号、驳回、延期、异议、撤回时必填）' maxLength={500} value={comment} onChange={setComment} />
      <View className='zc-rect-actions__buttons'>
        {item.actions.map(({ action, label }) => (
          <Button
            key={action}
            className={`rect-action rect-action--${action}`}
            type={DANGER.has(action) ? 'default' : 'primary'}
            size='small'
            loading={busy}
            disabled={busy || (NEEDS_COMMENT.has(action) && !comment.trim()) || (action === 'applyClose' && (!description.trim() || after.length === 0))}
            onClick={() => void go(action)}
          >
            {label}
          </Button>
        ))}
      </View>
      {item.actions.filter((a) => a.consequence).map(({ action, label, consequence }) => (
        <Text key={action} className={`zc-rect-actions__consequence rect-consequence rect-consequence--${action}`}>
          {label}：{consequence}
        </Text>
      ))}
    </View>
  )
}
