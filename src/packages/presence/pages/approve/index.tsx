import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import { Button, Cell, CellGroup, TextArea } from '@nutui/nutui-react-taro'
import { AsyncGate } from '@/components/async-gate'
import { SkippedNote } from '@/components/skipped-note'
import { chainLine, useLeaves } from '@/hooks/use-leaves'
import { FieldLabel } from '@/components/field-label'
import '../../presence.scss'

/** Leaves whose chain names this person (队长, township, county or 市): approve, or refuse with a comment. */
export default function ApprovePage() {
  const { state, reload, busy, message, decide } = useLeaves('approve')
  const [comments, setComments] = useState<Record<string, string>>({})
  return (
    <View className='zc-page approve-page'>
      {message ? <Text className='zc-p__msg approve-message'>{message}</Text> : null}
      <AsyncGate state={state} onRetry={reload}>
        {({ items, skipped }) => (
          <CellGroup title='待我审批与已处理'>
            <SkippedNote count={skipped} />
            {items.length === 0 ? <Cell title='暂无请假申请' /> : null}
            {items.map((l) => (
              <View key={l.id} className={`approve-item approve-item--${l.status}`}>
                <Cell
                  title={`${l.personName}（${l.villageName}）${l.typeLabel} ${l.days} 天`}
                  description={`${l.startDay} 至 ${l.endDay} · 事由：${l.reason} · ${l.statusLabel} · ${chainLine(l.chain)}${l.comment ? ` · 意见：${l.comment}` : ''}`}
                />
                {l.canDecide ? (
                  <View className='zc-p__form'>
                    <FieldLabel text='审批意见' />
                    <TextArea
                      className='approve-comment'
                      placeholder='审批意见（不批准时必填）'
                      maxLength={200}
                      value={comments[l.id] ?? ''}
                      onChange={(v) => setComments((c) => ({ ...c, [l.id]: v }))}
                    />
                    <View className='zc-p__actions'>
                      <Button
                        type='primary'
                        className='approve-yes'
                        disabled={busy}
                        onClick={() => void decide(l.id, 'approved', comments[l.id] ?? '')}
                      >
                        {l.chain.findIndex((s) => s.decision === null) < l.chain.length - 1
                          ? '同意，转下一级'
                          : '批准'}
                      </Button>
                      <Button
                        type='default'
                        className='approve-no'
                        disabled={busy}
                        onClick={() => void decide(l.id, 'rejected', comments[l.id] ?? '')}
                      >
                        不批准
                      </Button>
                    </View>
                  </View>
                ) : null}
              </View>
            ))}
          </CellGroup>
        )}
      </AsyncGate>
    </View>
  )
}
