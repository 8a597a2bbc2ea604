import { useEffect, useState } from 'react'
import { View, Text } from '@tarojs/components'
import { Button, Input, TextArea } from '@nutui/nutui-react-taro'
import type { PhotoInput } from '@contract/domain/rectification'
import type { RectAction } from '@contract/domain/rectification-flow'
import { confirmationRequired } from '@contract/domain/rectification-evidence-rules'
import type { RectDetail, StepExtra } from '@/hooks/use-rectify'
import { useResponsibles } from '@/hooks/use-rectify'
import './index.scss'
import { askForSubscription } from '@/services/subscribe'
import { FieldLabel } from '@/components/field-label'

/** Actions that must say why; the server refuses them without a comment as well. */
const NEEDS_COMMENT: ReadonlySet<RectAction> = new Set([
  'close',
  'reject',
  'rejectExtension',
  'dispute',
  'withdraw',
  'requestExtension',
  'reassign',
])
const DANGER: ReadonlySet<RectAction> = new Set(['reject', 'withdraw', 'dispute', 'rejectExtension'])

interface Props {
  item: RectDetail
  busy: boolean
  onStep: (action: RectAction, comment: string, extra: StepExtra) => Promise<boolean>
  onPhoto: () => Promise<PhotoInput | null>
  /** A document showing the fix (minutes, accounts), uploaded for `rectify-file`. */
  onFile: () => Promise<string | null>
}

/** The buttons this viewer may use on this item (computed by the server from the flow table). */
export function RectActions({ item, busy, onStep, onPhoto, onFile }: Props) {
  const [comment, setComment] = useState('')
  const [description, setDescription] = useState('')
  const [deadline, setDeadline] = useState('')
  const [after, setAfter] = useState<PhotoInput[]>([])
  const [files, setFiles] = useState<string[]>([])
  const [confirmation, setConfirmation] = useState('')
  const [assignee, setAssignee] = useState('')
  const has = (a: RectAction) => item.actions.some((x) => x.action === a)
  const responsibles = useResponsibles(item.villageId, has('reassign'))
  const loadPeople = responsibles.load
  useEffect(() => void loadPeople().catch(() => undefined), [loadPeople])
  if (item.actions.length === 0) return null
  const go = async (action: RectAction) => {
    // Applying to close is the natural moment to ask for WeChat reminders (only inside a tap).
    if (action === 'applyClose') void askForSubscription()
    const ok = await onStep(action, comment, {
      description,
      afterPhotos: after,
      afterFiles: files,
      deadline,
      responsiblePersonId: assignee,
      confirmation,
    })
    if (ok) {
      setComment('')
      setAfter([])
      setFiles([])
      setConfirmation('')
    }
  }
  const attach = async () => {
    const file = await onFile()
    if (file) setFiles((list) => [...list, file])
  }
  // Photos only where the problem is physical; otherwise a file, or the reviewer's written confirmation.
  const physical = item.evidenceKind === 'physical'
  const needsConfirmation =
    has('close') && confirmationRequired(item.category, item.afterPhotos.length, item.afterFiles.length)
  const blocked = (action: RectAction) =>
    (NEEDS_COMMENT.has(action) && !comment.trim()) ||
    (action === 'applyClose' && (!description.trim() || (physical && after.length === 0))) ||
    (action === 'close' && needsConfirmation && !confirmation.trim())
  const shoot = async () => {
    const photo = await onPhoto()
    if (photo) setAfter((list) => [...list, photo])
  }
  return (
    <View className='zc-rect-actions rect-actions'>
      {has('applyClose') ? (
        <View className='zc-rect-actions__block'>
          <FieldLabel text='整改情况说明' />
          <TextArea
            className='rect-close-description'
            placeholder='整改情况说明（申请销号时必填）'
            maxLength={1000}
            value={description}
            onChange={setDescription}
          />
          <View className='zc-rect-actions__row'>
            <Button size='small' className='rect-after-shoot' onClick={() => void shoot()}>
              {physical ? '拍摄整改后照片' : '拍摄照片（选填）'}
            </Button>
            <Text className='rect-after-count'>已拍 {after.length} 张</Text>
            {physical ? null : (
              <Button size='small' className='rect-after-file' onClick={() => void attach()}>
                上传佐证文件（选填）
              </Button>
            )}
            {files.length > 0 ? <Text className='rect-after-files'>已附文件 {files.length} 个</Text> : null}
          </View>
          {physical ? null : (
            <Text className='zc-rect-actions__hint'>
              资料或作风类问题无须拍照：可附会议记录等文件，或由复核人现场核实后书面确认。
            </Text>
          )}
        </View>
      ) : null}
      {has('requestExtension') ? (
        <>
          <FieldLabel text='延期至' />
          <Input
            className='rect-extension-deadline'
            placeholder='YYYY-MM-DD'
            value={deadline}
            onChange={setDeadline}
          />
        </>
      ) : null}
      {has('reassign') ? (
        <View className='zc-rect-actions__row'>
          {responsibles.people.map((p) => (
            <Text
              key={p.id}
              className={`zc-rect-chip rect-assignee ${assignee === p.id ? 'zc-rect-chip--on' : ''}`}
              onClick={() => setAssignee(p.id)}
            >
              {p.name}（{p.postLabel}）
            </Text>
          ))}
        </View>
      ) : null}
      {needsConfirmation ? (
        <>
          <FieldLabel text='复核人书面确认' />
          <TextArea
            className='rect-confirmation'
            placeholder='复核人现场核实的书面确认（该事项无照片、无文件，销号时必填）'
            maxLength={500}
            value={confirmation}
            onChange={setConfirmation}
          />
        </>
      ) : null}
      <FieldLabel text='意见或理由' />
      <TextArea
        className='rect-comment'
        placeholder='意见或理由（销号、驳回、延期、异议、撤回时必填）'
        maxLength={500}
        value={comment}
        onChange={setComment}
      />
      <View className='zc-rect-actions__buttons'>
        {item.actions.map(({ action, label }) => (
          <Button
            key={action}
            className={`rect-action rect-action--${action}`}
            type={DANGER.has(action) ? 'default' : 'primary'}
            size='small'
            loading={busy}
            disabled={busy || blocked(action)}
            onClick={() => void go(action)}
          >
            {label}
          </Button>
        ))}
      </View>
      {item.actions
        .filter((a) => a.consequence)
        .map(({ action, label, consequence }) => (
          <Text
            key={action}
            className={`zc-rect-actions__consequence rect-consequence rect-consequence--${action}`}
          >
            {label}：{consequence}
          </Text>
        ))}
    </View>
  )
}
