import { useState } from 'react'
import { View, Text, Input, Textarea, Button } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { AsyncGate } from '@/components/async-gate'
import { assignTask, useAssignableUnits, useTaskWrite } from '@/hooks/use-tasks'
import '../../task.scss'

/** A supervisor gives units below a task: a title, a deadline and a measure (a count per unit or a share done). */
export default function AssignTaskPage() {
  const { state, reload } = useAssignableUnits()
  const [title, setTitle] = useState('')
  const [detail, setDetail] = useState('')
  const [deadline, setDeadline] = useState('')
  const [kind, setKind] = useState<'share' | 'count'>('share')
  const [target, setTarget] = useState('85')
  const [unitLabel, setUnitLabel] = useState('户')
  const [picked, setPicked] = useState<string[]>([])
  const { run, message, busy } = useTaskWrite()
  const toggle = (id: string) => setPicked((p) => (p.includes(id) ? p.filter((x) => x !== id) : [...p, id]))
  const submit = async () => {
    const n = Number(target)
    const measure =
      kind === 'share' ? { kind, targetPercent: n } : { kind, target: n, unitLabel: unitLabel.trim() }
    const out = await run(() => assignTask({ title, detail, deadline, unitIds: picked, measure }), '已下达')
    if (out) void Taro.navigateBack()
  }
  return (
    <View className='zc-page task-assign-page'>
      <View className='zc-task__card'>
        <Text>任务名称</Text>
        <Input
          className='zc-task__input task-title'
          value={title}
          maxlength={40}
          onInput={(e) => setTitle(e.detail.value)}
        />
        <Text>说明（可选）</Text>
        <Textarea
          className='zc-task__input task-detail'
          value={detail}
          maxlength={500}
          onInput={(e) => setDetail(e.detail.value)}
        />
        <Text>完成时限（YYYY-MM-DD）</Text>
        <Input
          className='zc-task__input task-deadline'
          value={deadline}
          placeholder='2026-12-31'
          onInput={(e) => setDeadline(e.detail.value)}
        />
        <Text>进度目标</Text>
        <View className='zc-task__pick'>
          <Text
            className={`zc-task__chip task-kind-share ${kind === 'share' ? 'zc-task__chip--on' : ''}`}
            onClick={() => setKind('share')}
          >
            按完成单位比例
          </Text>
          <Text
            className={`zc-task__chip task-kind-count ${kind === 'count' ? 'zc-task__chip--on' : ''}`}
            onClick={() => setKind('count')}
          >
            每单位完成数量
          </Text>
        </View>
        <Input
          className='zc-task__input task-target'
          type='number'
          value={target}
          onInput={(e) => setTarget(e.detail.value)}
        />
        <Text className='zc-task__muted'>
          {kind === 'share' ? '目标比例（%），如 85' : '每个单位的目标数'}
        </Text>
        {kind === 'count' ? (
          <Input
            className='zc-task__input task-unit-label'
            value={unitLabel}
            maxlength={6}
            onInput={(e) => setUnitLabel(e.detail.value)}
          />
        ) : null}
      </View>
      <AsyncGate state={state} onRetry={reload}>
        {(units) => (
          <View className='zc-task__card'>
            <Text>承担单位（已选 {picked.length} 个）</Text>
            <View className='zc-task__pick'>
              {units.map((u) => (
                <Text
                  key={u.id}
                  className={`zc-task__chip task-unit ${picked.includes(u.id) ? 'zc-task__chip--on' : ''}`}
                  onClick={() => toggle(u.id)}
                >
                  {u.name}
                </Text>
              ))}
            </View>
          </View>
        )}
      </AsyncGate>
      <View className='zc-task__actions'>
        <Button className='task-assign-submit' type='primary' disabled={busy} onClick={() => void submit()}>
          下达
        </Button>
      </View>
      {message ? <Text className='zc-task__muted task-message'>{message}</Text> : null}
    </View>
  )
}
