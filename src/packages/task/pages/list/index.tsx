import { View, Text, Button } from '@tarojs/components'
import { useDidShow } from '@tarojs/taro'
import { AsyncGate } from '@/components/async-gate'
import { goTask, useTasks } from '@/hooks/use-tasks'
import '../../task.scss'

/** The tasks the caller's level issued and those given to the caller's units, with their figures. */
export default function TaskListPage() {
  const { state, reload } = useTasks()
  useDidShow(() => void reload())
  return (
    <View className='zc-page task-list-page'>
      <View className='zc-task__actions'>
        <Button className='task-assign-open' size='mini' type='primary' onClick={goTask.assign}>
          下达任务
        </Button>
        <Button className='task-weekly-open' size='mini' onClick={goTask.weekly}>
          周通报
        </Button>
      </View>
      <AsyncGate state={state} onRetry={reload}>
        {({ tasks }) => (
          <View>
            {tasks.length === 0 ? (
              <View className='zc-task__card'>
                <Text className='zc-task__muted'>暂无调度任务</Text>
              </View>
            ) : null}
            {tasks.map((t) => (
              <View key={t.id} className='zc-task__card task-card' onClick={() => goTask.detail(t.id)}>
                <Text className='zc-task__title'>{t.title}</Text>
                <Text className='zc-task__muted'>
                  {t.issuerLevelLabel}·{t.issuerUnitName}下达 · 时限 {t.deadline} · {t.measureLabel}
                </Text>
                <Text
                  className={t.figures.met ? 'zc-task__ok' : t.overdue ? 'zc-task__late' : 'zc-task__muted'}
                >
                  {t.figures.units} 个单位，已报送 {t.figures.reported}，已完成 {t.figures.done}，进度{' '}
                  {t.figures.percent}%{t.figures.met ? '（已达标）' : t.overdue ? '（已超时限）' : ''}
                </Text>
                {t.mine.length > 0 ? <Text className='zc-task__ok'>本单位承担，请报送进度 ›</Text> : null}
                {t.mine.length === 0 && !t.issuedByMe ? (
                  <Text className='zc-task__muted task-card-readonly'>下级区县下达，仅供查看 ›</Text>
                ) : null}
              </View>
            ))}
          </View>
        )}
      </AsyncGate>
    </View>
  )
}
