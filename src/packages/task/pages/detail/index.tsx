import { useState } from 'react'
import { View, Text, Input, Button } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { AsyncGate } from '@/components/async-gate'
import { reportProgress, useTask, useTaskWrite } from '@/hooks/use-tasks'
import '../../task.scss'

/** One task: every place's figure (for the issuer) or the caller's own places, and the report form. */
export default function TaskDetailPage() {
  const { params } = useRouter()
  const taskId = params.id ?? ''
  const { state, reload } = useTask(taskId)
  const [value, setValue] = useState('')
  const [note, setNote] = useState('')
  const { run, message, busy } = useTaskWrite()
  const send = async (unitId: string) => {
    const done = await run(() => reportProgress({ taskId, unitId, value: Number(value), note }), '已报送')
    if (done) await reload()
  }
  return (
    <View className='zc-page task-detail-page'>
      <AsyncGate state={state} onRetry={reload}>
        {({ task, rows }) => (
          <View>
            <View className='zc-task__card'>
              <Text className='zc-task__title'>{task.title}</Text>
              {task.detail ? <Text>{task.detail}</Text> : null}
              <Text className='zc-task__muted'>
                {task.issuerLevelLabel}·{task.issuerUnitName}下达 · 时限 {task.deadline} · {task.measureLabel}
              </Text>
              <Text className={task.figures.met ? 'zc-task__ok' : 'zc-task__muted'}>
                进度 {task.figures.percent}%：{task.figures.done}/{task.figures.units} 个单位已完成
              </Text>
            </View>
            <View className='zc-task__card'>
              {rows.map((r) => (
                <View key={r.unitId} className='zc-task__row task-row'>
                  <Text>{r.unitName}</Text>
                  <Text className={r.done ? 'zc-task__ok' : 'zc-task__muted'}>
                    {r.reported
                      ? task.measure.kind === 'share'
                        ? r.done
                          ? '已完成'
                          : '未完成'
                        : `${r.value}`
                      : '未报送'}
                    {r.note ? ` · ${r.note}` : ''}
                  </Text>
                </View>
              ))}
            </View>
            {task.mine.map((unitId) => (
              <View key={unitId} className='zc-task__card task-report'>
                <Text>报送 {rows.find((r) => r.unitId === unitId)?.unitName ?? ''} 的进度</Text>
                <Input
                  className='zc-task__input task-value'
                  type='number'
                  value={value}
                  placeholder={
                    task.measure.kind === 'share'
                      ? '已完成填 1，未完成填 0'
                      : `完成数（${task.measure.unitLabel}）`
                  }
                  onInput={(e) => setValue(e.detail.value)}
                />
                <Input
                  className='zc-task__input task-note'
                  value={note}
                  maxlength={200}
                  placeholder='说明（可选）'
                  onInput={(e) => setNote(e.detail.value)}
                />
                <Button
                  className='task-report-submit'
                  type='primary'
                  disabled={busy}
                  onClick={() => void send(unitId)}
                >
                  报送
                </Button>
              </View>
            ))}
            {message ? <Text className='zc-task__muted task-message'>{message}</Text> : null}
          </View>
        )}
      </AsyncGate>
    </View>
  )
}
