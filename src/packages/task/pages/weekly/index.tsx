import { View, Text, Button } from '@tarojs/components'
import { AsyncGate } from '@/components/async-gate'
import { openWeeklyFile, useWeeklySummaries, useTaskWrite } from '@/hooks/use-tasks'
import '../../task.scss'

/** 周通报 of the caller's level: per task the figures and the places not yet done (no ranking). */
export default function WeeklySummaryPage() {
  const { state, reload } = useWeeklySummaries()
  const { run, message } = useTaskWrite()
  return (
    <View className='zc-page task-weekly-page'>
      <AsyncGate state={state} onRetry={reload}>
        {({ summaries }) => (
          <View>
            {summaries.length === 0 ? (
              <View className='zc-task__card'>
                <Text className='zc-task__muted'>暂无周通报：每周一早上汇总上一周的调度任务进度</Text>
              </View>
            ) : null}
            {summaries.map((s) => (
              <View key={s.id} className='zc-task__card task-summary'>
                <Text className='zc-task__title'>
                  {s.levelLabel}·{s.unitName} · {s.week} 当周
                </Text>
                {s.tasks.map((t) => (
                  <View key={t.taskId} className='zc-task__row'>
                    <Text>{t.title}</Text>
                    <Text className={t.figures.met ? 'zc-task__ok' : 'zc-task__muted'}>
                      {t.figures.percent}%
                      {t.behind.length > 0
                        ? ` · 未完成：${t.behind.slice(0, 5).join('、')}${t.behind.length > 5 ? ' 等' : ''}`
                        : ''}
                    </Text>
                  </View>
                ))}
                <Button
                  className='task-weekly-file'
                  size='mini'
                  onClick={() => void run(() => openWeeklyFile(s.id), `已导出 ${s.fileName}`)}
                >
                  下载表格
                </Button>
              </View>
            ))}
            {message ? <Text className='zc-task__muted'>{message}</Text> : null}
          </View>
        )}
      </AsyncGate>
    </View>
  )
}
