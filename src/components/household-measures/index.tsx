import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import { Button, TextArea } from '@nutui/nutui-react-taro'
import type { MeasureStatus } from '@contract/domain/monitoring'
import type { MeasureView } from '@contract/api/visit-measures'
import { AsyncGate } from '@/components/async-gate'
import { useMeasures } from '@/hooks/use-measures'
import { MeasureForm } from './measure-form'
import './index.scss'

const NEXT: Record<MeasureStatus, { status: MeasureStatus; label: string } | null> = {
  planned: { status: 'in_progress', label: '开始实施' },
  in_progress: { status: 'done', label: '标记已落实' },
  done: null,
}

function MeasureRow({
  m,
  mayMove,
  busy,
  onMove,
}: {
  m: MeasureView
  mayMove: boolean
  busy: boolean
  onMove: (status: MeasureStatus, note: string) => Promise<boolean>
}) {
  const [note, setNote] = useState('')
  const next = NEXT[m.status]
  return (
    <View className={`zc-v__card measure-row measure-row--${m.status}`}>
      <Text className='zc-v__title'>
        {m.typeLabel} · <Text className='measure-status'>{m.statusLabel}</Text>
        {m.behind ? <Text className='zc-v__warn measure-behind'>（已过计划完成日期）</Text> : null}
      </Text>
      <Text className='zc-v__line'>
        责任人 {m.responsibleName} · {m.startDay} 至 {m.plannedDay}
      </Text>
      {m.note ? <Text className='zc-v__line'>{m.note}</Text> : null}
      {next && mayMove ? (
        <View className='measure-move'>
          <TextArea
            className='measure-move-note'
            maxLength={200}
            value={note}
            onChange={setNote}
            placeholder={next.status === 'done' ? '落实情况（必填）' : '进展说明（选填）'}
          />
          <Button
            size='small'
            className='measure-next'
            disabled={busy}
            onClick={() => void onMove(next.status, note)}
          >
            {next.label}
          </Button>
        </View>
      ) : null}
    </View>
  )
}

/** 帮扶措施 on the household page: each measure with its person, days and status; add and move forward. */
export function HouseholdMeasures({ householdId }: { householdId: string }) {
  const { state, reload, busy, message, add, move } = useMeasures(householdId)
  return (
    <View className='household-measures'>
      <Text className='zc-v__section'>帮扶措施</Text>
      <AsyncGate state={state} onRetry={reload}>
        {(d) => (
          <>
            {d.measures.length === 0 ? <Text className='zc-v__muted zc-v__pad'>尚无帮扶措施</Text> : null}
            {d.measures.map((m) => (
              <MeasureRow
                key={m.id}
                m={m}
                busy={busy}
                mayMove={d.mayManage || m.responsibleId === d.meId}
                onMove={(status, note) => move(m.id, status, note)}
              />
            ))}
            {message ? <Text className='zc-v__msg measure-message'>{message}</Text> : null}
            {d.mayManage ? <MeasureForm people={d.assignable} busy={busy} onSubmit={add} /> : null}
          </>
        )}
      </AsyncGate>
    </View>
  )
}
