import { View, Text } from '@tarojs/components'
import { Cell, CellGroup } from '@nutui/nutui-react-taro'
import { AsyncGate } from '@/components/async-gate'
import { goMonitoring, useMonitoredHouseholds } from '@/hooks/use-monitoring'

/** The village's households in monitoring, overdue first; a tap opens the household and its measures. */
export function VillageList({ villageId }: { villageId: string }) {
  const { state, reload } = useMonitoredHouseholds(villageId)
  return (
    <AsyncGate state={state} onRetry={reload}>
      {(d) => (
        <CellGroup title='本村监测户'>
          {d.rows.length === 0 ? <Cell title='本村暂无监测对象或识别中的农户' /> : null}
          {d.rows.map((r) => (
            <Cell
              key={r.householdId}
              className={`monitor-row ${r.overdue ? 'monitor-row--overdue' : ''}`}
              title={`${r.headName} · ${r.kindLabel}${r.typeLabel ? `（${r.typeLabel}）` : ''}`}
              description={[
                r.risks.length > 0 ? `风险：${r.risks.join('、')}` : '',
                r.stepLabel
                  ? `${r.stepLabel}${r.stepDueDay ? `，期限 ${r.stepDueDay}` : ''}${r.overdue ? '（已超期）' : ''}`
                  : '',
                `帮扶措施 ${r.measures} 项（已落实 ${r.measuresDone}）`,
                r.resolvedDay ? `${r.resolvedDay} 风险已消除` : '',
              ]
                .filter(Boolean)
                .join('；')}
              extra={<Text className='zc-link'>›</Text>}
              clickable
              onClick={() => goMonitoring.household(r.householdId)}
            />
          ))}
        </CellGroup>
      )}
    </AsyncGate>
  )
}

export function VillageListHint() {
  return <View className='zc-rp__muted'>点按农户查看详情与帮扶措施</View>
}
