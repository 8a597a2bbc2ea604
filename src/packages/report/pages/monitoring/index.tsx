import { View, Text } from '@tarojs/components'
import Taro, { usePullDownRefresh, useRouter } from '@tarojs/taro'
import { Button } from '@nutui/nutui-react-taro'
import type { MonitoringDashboard } from '@contract/api/report-monitoring'
import { AsyncGate } from '@/components/async-gate'
import { goMonitoring, useMonitoring, useMonitoringExport } from '@/hooks/use-monitoring'
import { ChildFigures, CountBars, figuresSentence } from '../../charts/monitor-charts'
import { VillageList, VillageListHint } from './village-list'
import '../../report.scss'

function Fig({
  label,
  value,
  alert,
  className,
}: {
  label: string
  value: number
  alert?: boolean
  className: string
}) {
  return (
    <View className={`zc-rp__fig ${className} ${alert ? 'zc-rp__fig--alert' : ''}`}>
      <Text className='zc-rp__fig-value'>{value}</Text>
      <Text className='zc-rp__fig-label'>{label}</Text>
    </View>
  )
}

function Exporter({ d }: { d: MonitoringDashboard }) {
  const exporter = useMonitoringExport(d.unit.id)
  if (d.unit.level === 'village') return null
  return (
    <View className='zc-rp__card'>
      <Button size='small' type='primary' className='monitor-export' onClick={() => void exporter.run()}>
        导出监测帮扶信息（全国系统格式 xlsx）
      </Button>
      {exporter.message ? (
        <Text className='zc-rp__muted monitor-export-message'>{exporter.message}</Text>
      ) : null}
    </View>
  )
}

/** 防返贫监测看板: places, not people. Figures, bars with their text, drill-down to the village list. */
export default function MonitoringPage() {
  const { params } = useRouter()
  const { state, reload } = useMonitoring(params.unitId || undefined)
  usePullDownRefresh(() => void reload().finally(() => Taro.stopPullDownRefresh()))
  return (
    <View className='zc-page report-monitoring-page'>
      <AsyncGate state={state} onRetry={reload}>
        {(d) => (
          <>
            <View className='zc-rp__card'>
              <Text className='zc-rp__title monitor-title'>{d.unit.name} · 防返贫动态监测</Text>
              <Text className='zc-rp__muted'>截至 {d.today}；超期指当前环节已过办理期限</Text>
            </View>
            <View className='zc-rp__figs'>
              <Fig className='monitor-fig-monitored' label='监测对象（户）' value={d.figures.monitored} />
              <Fig className='monitor-fig-open' label='办理中' value={d.figures.open} />
              <Fig
                className='monitor-fig-overdue'
                label='环节超期'
                value={d.figures.overdue}
                alert={d.figures.overdue > 0}
              />
              <Fig
                className='monitor-fig-resolved'
                label={`${d.year}年风险消除`}
                value={d.figures.resolvedThisYear}
              />
              <Fig
                className='monitor-fig-without'
                label={`低于标准 ${d.incomeLine} 元无措施`}
                value={d.figures.withoutMeasure}
                alert={d.figures.withoutMeasure > 0}
              />
            </View>
            <View className='zc-rp__card'>
              <Text className='zc-rp__muted monitor-summary'>{figuresSentence(d.unit.name, d.figures)}</Text>
            </View>
            <View className='zc-rp__card'>
              <Text className='zc-rp__section'>监测对象类型</Text>
              <CountBars title='监测对象类型' items={d.byType} />
              <Text className='zc-rp__section'>办理中的环节</Text>
              <CountBars title='办理中的环节' items={d.bySteps.filter((s) => s.value > 0)} />
              {d.bySteps.every((s) => s.value === 0) ? (
                <Text className='zc-rp__muted'>没有办理中的识别或消除</Text>
              ) : null}
              <Text className='zc-rp__section'>帮扶措施</Text>
              <CountBars title='帮扶措施进度' items={d.measures.byStatus} />
              <Text className='zc-rp__muted monitor-behind'>
                已过计划完成日期未落实：{d.measures.behind} 项
              </Text>
            </View>
            {d.childLevel ? (
              <View className='zc-rp__card'>
                <Text className='zc-rp__section'>
                  {d.childLevel === 'township' ? '各乡镇' : '各村'}（点按查看）
                </Text>
                <ChildFigures items={d.children} onPick={goMonitoring.unit} />
              </View>
            ) : (
              <View className='zc-rp__card'>
                <VillageListHint />
                <VillageList villageId={d.unit.id} />
              </View>
            )}
            <Exporter d={d} />
          </>
        )}
      </AsyncGate>
    </View>
  )
}
