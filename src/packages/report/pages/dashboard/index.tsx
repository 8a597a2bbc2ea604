import { View, Text } from '@tarojs/components'
import Taro, { usePullDownRefresh, useRouter } from '@tarojs/taro'
import { Button } from '@nutui/nutui-react-taro'
import type { Dashboard } from '@contract/api/report'
import { AsyncGate } from '@/components/async-gate'
import { goReport, useBundleExport, useDashboard } from '@/hooks/use-report'
import { TrendColumns, UnitBars, VillageGrid } from '../../charts'
import { KindCoverage } from '../../components/kind-coverage'
import '../../report.scss'

/** A figure turns red only when something in it needs action (below the days, overdue, objections). */
function Figure({
  label,
  value,
  hint,
  className,
  alert,
  onClick,
}: {
  label: string
  value: string | number
  hint?: string
  className: string
  alert?: boolean
  onClick?: () => void
}) {
  return (
    <View className={`zc-rp__fig ${className} ${alert ? 'zc-rp__fig--alert' : ''}`} onClick={onClick}>
      <Text className='zc-rp__fig-value'>{value}</Text>
      <Text className='zc-rp__fig-label'>{label}</Text>
      {hint ? <Text className='zc-rp__fig-hint'>{hint}</Text> : null}
    </View>
  )
}

function Exporter({ d }: { d: Dashboard }) {
  const exporter = useBundleExport(d.unit.id, d.month)
  // A 州/市's bundle holds three sheets per county beneath it.
  if (d.unit.level === 'village') return null
  return (
    <View className='zc-rp__card'>
      <Button size='small' type='primary' className='report-export' onClick={() => void exporter.run()}>
        导出月度材料（xlsx）
      </Button>
      {exporter.message ? (
        <Text className='zc-rp__muted report-export-message'>{exporter.message}</Text>
      ) : null}
    </View>
  )
}

/** 统计看板: this month's figures, a 12-month trend, bars or a grid of the units below; every figure drills down. */
export default function DashboardPage() {
  const { params } = useRouter()
  const { state, reload } = useDashboard(params.unitId || undefined)
  usePullDownRefresh(() => void reload().finally(() => Taro.stopPullDownRefresh()))
  return (
    <View className='zc-page report-dashboard-page'>
      <AsyncGate state={state} onRetry={reload}>
        {(d) => {
          const p = d.presence
          return (
            <>
              <View className='zc-rp__card'>
                <Text className='zc-rp__title report-title'>
                  {d.unit.name} · {d.month.replace('-', '年')}月
                </Text>
                <Text className='zc-rp__muted'>
                  驻村干部每月在村 {d.requiredDays} 天（{d.leaveRule}）；整改数为每日凌晨统计
                </Text>
              </View>
              <View className='zc-rp__figs'>
                <Figure
                  className='report-fig-presence'
                  label='在村达标'
                  value={`${p.met}/${p.cadres}`}
                  hint={`未达 ${p.below} · 请假 ${p.onLeave}`}
                  alert={p.below > 0}
                  onClick={d.unit.level === 'village' ? () => goReport.cadres(d.unit.id) : undefined}
                />
                <Figure
                  className='report-fig-coverage'
                  label='走访覆盖（本周期）'
                  value={`${d.visits.percent}%`}
                  hint={`${d.visits.visited}/${d.visits.total} 户`}
                  onClick={() => goReport.coverage(d.unit.id)}
                />
                <Figure
                  className='report-fig-rect'
                  label='整改未销号'
                  value={d.rectify.open}
                  hint={`逾期 ${d.rectify.overdue}`}
                  alert={d.rectify.overdue > 0}
                  onClick={() => goReport.ledger(d.unit.level, d.unit.id, false)}
                />
                <Figure
                  className='report-fig-closed'
                  label='本月销号'
                  value={d.rectify.closedThisMonth}
                  hint={d.rectify.avgCloseDays === null ? '—' : `平均 ${d.rectify.avgCloseDays} 天`}
                />
                <Figure
                  className='report-fig-notices'
                  label='公示中'
                  value={d.notices.inWindow}
                  hint={`异议 ${d.notices.objections}`}
                  alert={d.notices.objections > 0}
                />
              </View>
              <KindCoverage visits={d.visits} />
              <View className='zc-rp__card'>
                <Text className='zc-rp__section'>近12个月</Text>
                <View className='zc-rp__legend'>
                  <Text className='zc-rp__key-a'>■ 走访覆盖率</Text>
                  <Text className='zc-rp__key-b'>■ 在村达标率</Text>
                </View>
                <TrendColumns points={d.trend} />
              </View>
              {d.childLevel === 'county' ? (
                <View className='zc-rp__card report-counties'>
                  <Text className='zc-rp__section'>各县走访覆盖（点按查看）</Text>
                  <UnitBars items={d.children} onPick={goReport.unit} />
                </View>
              ) : null}
              {d.childLevel === 'township' ? (
                <View className='zc-rp__card'>
                  <Text className='zc-rp__section'>各乡镇走访覆盖（点按查看）</Text>
                  <UnitBars items={d.children} onPick={goReport.unit} />
                </View>
              ) : null}
              {d.childLevel === 'village' ? (
                <View className='zc-rp__card'>
                  <Text className='zc-rp__section'>各村走访覆盖（点按查看）</Text>
                  <VillageGrid items={d.children} onPick={goReport.unit} />
                </View>
              ) : null}
              {d.unit.level === 'village' ? (
                <View className='zc-rp__card'>
                  <Button size='small' className='report-cadres' onClick={() => goReport.cadres(d.unit.id)}>
                    驻村干部本月在村情况
                  </Button>
                </View>
              ) : null}
              <Exporter d={d} />
            </>
          )
        }}
      </AsyncGate>
    </View>
  )
}
