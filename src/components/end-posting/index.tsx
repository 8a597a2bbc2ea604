import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { Button, Cell, CellGroup, Input, Radio, TextArea } from '@nutui/nutui-react-taro'
import {
  POSTING_END_KINDS,
  POSTING_END_LABELS,
  RECALL_REASONS,
  RECALL_REASON_LABELS,
  type PostingEndKind,
  type RecallReason,
} from '@contract/domain/posting'
import type { PostingView } from '@contract/api/org-postings'
import { DayField } from '@/components/day-field'
import { FieldLabel } from '@/components/field-label'
import { PersonPick } from '@/components/person-pick'
import { addDaysTo, todayInChina } from '@/hooks/use-leaves'
import type { EndInput, HandoverPreview } from '@/hooks/use-team'

const kindOf = (v: unknown): PostingEndKind => POSTING_END_KINDS.find((k) => k === v) ?? 'completion'
const reasonOf = (v: unknown): RecallReason => RECALL_REASONS.find((k) => k === v) ?? 'other'

/** What the handover will move, before anything is written. */
function PreviewList({ preview }: { preview: HandoverPreview }) {
  return (
    <CellGroup title='移交预览' className='handover-preview'>
      <Cell
        title='接收人'
        extra={
          preview.receiver ? `${preview.receiver.name}（${preview.receiver.why}）` : '无人接收：请指定接任人'
        }
      />
      <Cell
        title='结对户'
        extra={`${preview.households.length} 户`}
        description={preview.households.map((h) => h.headName).join('、')}
      />
      <Cell
        title='未办结整改事项'
        extra={`${preview.items.length} 项`}
        description={preview.items.map((i) => i.problem).join('；')}
      />
      <Cell
        title='公示期内的公示'
        extra={`${preview.notices.length} 条`}
        description={preview.notices.map((n) => n.title).join('；')}
      />
      {preview.warnings.map((w) => (
        <Cell key={w} className='handover-warning' title='提醒' description={w} />
      ))}
    </CellGroup>
  )
}

/** 结束任职: rotation (with a successor), 召回调整 (category and written reason) or 期满; preview, then one step. */
export function EndPosting({
  posting,
  searchUnitId,
  busy,
  onPreview,
  onEnd,
}: {
  posting: PostingView
  searchUnitId: string
  busy: boolean
  onPreview: (postingId: string, successorId?: string) => Promise<HandoverPreview | null>
  onEnd: (input: EndInput) => Promise<boolean>
}) {
  const [endKind, setEndKind] = useState<PostingEndKind>('rotation')
  const [recallReason, setRecallReason] = useState<RecallReason>('post_changed')
  const [note, setNote] = useState('')
  const [endDay, setEndDay] = useState(todayInChina())
  const [successor, setSuccessor] = useState<{ id: string; name: string } | null>(null)
  const [batch, setBatch] = useState(posting.batch)
  const [plannedEndDay, setPlannedEndDay] = useState(addDaysTo(todayInChina(), 730))
  const [preview, setPreview] = useState<HandoverPreview | null>(null)
  const end = () =>
    onEnd({
      postingId: posting.id,
      endKind,
      endDay,
      ...(endKind === 'recall' ? { recallReason } : {}),
      ...(note.trim() ? { note: note.trim() } : {}),
      ...(successor ? { successor: { personId: successor.id, batch, plannedEndDay } } : {}),
    })
  return (
    <View className='end-posting'>
      <View className='zc-section-title'>结束「{posting.personName}」的任职</View>
      <Radio.Group value={endKind} direction='horizontal' onChange={(v) => setEndKind(kindOf(v))}>
        {POSTING_END_KINDS.map((k) => (
          <Radio key={k} value={k} className={`end-posting__kind--${k}`}>
            {POSTING_END_LABELS[k]}
          </Radio>
        ))}
      </Radio.Group>
      {endKind === 'recall' ? (
        <>
          <FieldLabel text='召回调整原因类别' />
          <Radio.Group
            value={recallReason}
            direction='horizontal'
            onChange={(v) => setRecallReason(reasonOf(v))}
          >
            {RECALL_REASONS.map((r) => (
              <Radio key={r} value={r} className={`end-posting__reason--${r}`}>
                {RECALL_REASON_LABELS[r]}
              </Radio>
            ))}
          </Radio.Group>
        </>
      ) : null}
      <FieldLabel text={endKind === 'recall' ? '书面理由（必填）' : '说明（可不填）'} />
      <TextArea className='end-posting__note' maxLength={500} value={note} onChange={setNote} />
      <DayField label='结束日期' value={endDay} onChange={setEndDay} className='end-posting__day' />
      <PersonPick
        unitId={searchUnitId}
        label={endKind === 'rotation' ? '接任人（必填）' : '接任人（不填则移交队长）'}
        chosen={successor}
        onChoose={(p) => {
          setSuccessor(p)
          setPreview(null)
        }}
      />
      {successor ? (
        <>
          <FieldLabel text='接任人期次' />
          <Input
            className='end-posting__batch'
            maxLength={20}
            value={batch}
            onChange={(v: string) => setBatch(v)}
          />
          <DayField label='接任人计划期满日' value={plannedEndDay} onChange={setPlannedEndDay} />
        </>
      ) : null}
      <View className='zc-p__actions'>
        <Button
          block
          className='end-posting__preview'
          disabled={busy}
          onClick={() => void onPreview(posting.id, successor?.id).then(setPreview)}
        >
          预览移交
        </Button>
      </View>
      {preview ? <PreviewList preview={preview} /> : null}
      {preview ? (
        <View className='zc-p__actions'>
          <Button
            type='danger'
            block
            className='end-posting__submit'
            loading={busy}
            disabled={busy || !preview.receiver}
            onClick={() => void end()}
          >
            确认结束并移交
          </Button>
          <Text className='zc-p__muted'>
            一次完成：结对户、整改事项、公示移交接收人，记入审计日志，本人、接收人和派出单位联系人会收到通知。
          </Text>
        </View>
      ) : null}
    </View>
  )
}
