import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { Button, Cell, CellGroup, Radio, TextArea } from '@nutui/nutui-react-taro'
import { ROSTER_DECISIONS, ROSTER_DECISION_LABELS, type RosterDecision } from '@contract/domain/roster-review'
import { RECALL_REASONS, RECALL_REASON_LABELS, type RecallReason } from '@contract/domain/posting'
import type { RosterCase } from '@contract/api/org-roster'
import { DayField } from '@/components/day-field'
import { FieldLabel } from '@/components/field-label'
import { addDaysTo, todayInChina } from '@/hooks/use-leaves'
import type { DecideInput } from '@/hooks/use-roster'

const decisionOf = (v: unknown): RosterDecision => ROSTER_DECISIONS.find((d) => d === v) ?? 'keep'
const reasonOf = (v: unknown): RecallReason => RECALL_REASONS.find((r) => r === v) ?? 'other'

/** One 排查 case: the facts, then a decision with a written reason (召回调整 runs the end of the posting). */
export function RosterCaseCard({
  c,
  busy,
  onDecide,
}: {
  c: RosterCase
  busy: boolean
  onDecide?: (input: DecideInput) => Promise<boolean>
}) {
  const [open, setOpen] = useState(false)
  const [decision, setDecision] = useState<RosterDecision>('keep')
  const [reason, setReason] = useState('')
  const [recallReason, setRecallReason] = useState<RecallReason>(
    c.sign === 'long_absence' ? 'long_absent' : 'other',
  )
  const [plannedEndDay, setPlannedEndDay] = useState(addDaysTo(todayInChina(), 180))
  const canRecall = Boolean(c.postingId)
  const submit = () =>
    onDecide?.({
      key: c.key,
      decision,
      reason,
      ...(decision === 'recall' ? { recallReason } : {}),
      ...(decision === 'adjust' && c.sign === 'past_term' ? { plannedEndDay } : {}),
    })
  return (
    <CellGroup className={`roster-case roster-case--${c.sign}`}>
      <Cell
        title={`${c.signLabel}：${c.personName ?? c.villageName}`}
        description={`${c.townshipName} · ${c.villageName}\n${c.facts}`}
        extra={onDecide ? (open ? '收起' : '决定') : undefined}
        clickable={Boolean(onDecide)}
        onClick={() => setOpen((o) => !o)}
      />
      {c.decision ? (
        <Cell
          className='roster-case__decision'
          title={`${c.decision.decisionLabel}（${c.decision.decidedByName}，${c.decision.decidedAt.slice(0, 10)}）`}
          description={`理由：${c.decision.reason}`}
        />
      ) : null}
      {open && onDecide ? (
        <View className='roster-case__form'>
          <Radio.Group value={decision} direction='horizontal' onChange={(v) => setDecision(decisionOf(v))}>
            {ROSTER_DECISIONS.filter((d) => d !== 'recall' || canRecall).map((d) => (
              <Radio key={d} value={d} className={`roster-case__decide--${d}`}>
                {ROSTER_DECISION_LABELS[d]}
              </Radio>
            ))}
          </Radio.Group>
          {decision === 'recall' ? (
            <>
              <FieldLabel text='召回调整原因类别' />
              <Radio.Group
                value={recallReason}
                direction='horizontal'
                onChange={(v) => setRecallReason(reasonOf(v))}
              >
                {RECALL_REASONS.map((r) => (
                  <Radio key={r} value={r}>
                    {RECALL_REASON_LABELS[r]}
                  </Radio>
                ))}
              </Radio.Group>
              <Text className='zc-p__muted'>
                召回调整将结束其任职，结对户、整改事项和公示移交队长（在“工作队”页可指定接任人）。
              </Text>
            </>
          ) : null}
          {decision === 'adjust' && c.sign === 'past_term' ? (
            <DayField label='新的计划期满日' value={plannedEndDay} onChange={setPlannedEndDay} />
          ) : null}
          <FieldLabel text='理由（必填，记入审计日志并告知本人）' />
          <TextArea className='roster-case__reason' maxLength={500} value={reason} onChange={setReason} />
          <View className='zc-p__actions'>
            <Button
              type='primary'
              block
              className='roster-case__submit'
              loading={busy}
              disabled={busy || reason.trim().length < 2}
              onClick={() => void submit()}
            >
              记录决定
            </Button>
          </View>
        </View>
      ) : null}
    </CellGroup>
  )
}
