import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import { useDidShow, useRouter } from '@tarojs/taro'
import { Button } from '@nutui/nutui-react-taro'
import { parsePeriod, previousPeriod } from '@contract/domain/visit-period'
import { AsyncGate } from '@/components/async-gate'
import { goVisit, useCoverage } from '@/hooks/use-visit'
import '../../visit.scss'

const KIND_LABELS = { county: '区县', township: '乡镇', village: '村', cadre: '帮扶责任人' } as const

function Bar({ percent }: { percent: number }) {
  return <View className='zc-v__bar-track'><View className='zc-v__bar-fill' style={{ width: `${percent}%` }} /></View>
}

/** 一户不漏: coverage of my households, or of a county / township / village with drill-down and export. */
export default function CoveragePage() {
  const { params } = useRouter()
  const mine = params.mine === '1'
  const [period, setPeriod] = useState<string | undefined>(params.period)
  const { state, reload, exportXlsx, message } = useCoverage({ mine, unitId: params.unitId, period })
  useDidShow(() => void reload())
  return (
    <View className='zc-page visit-coverage-page'>
      <AsyncGate state={state} onRetry={reload}>
        {(c) => {
          const months = parsePeriod(c.period).months
          const prev = previousPeriod({ periodMonths: months, previousMonths: months, effectiveFrom: '2000-01' }, c.period)
          return (
            <>
              <View className='zc-v__card'>
                <Text className='zc-v__title coverage-title'>{mine ? '我的结对户' : c.unit.name} · {c.periodLabel}</Text>
                <Text className='zc-v__line coverage-summary'>已走访 <Text className='coverage-visited'>{c.visited}</Text> / {c.total} 户（{c.percent}%），共 {c.visits} 次</Text>
                <Bar percent={c.percent} />
                <View className='zc-v__bar' style={{ padding: 0 }}>
                  <Text className={`zc-v__chip ${period ? '' : 'zc-v__chip--on'}`} onClick={() => setPeriod(undefined)}>本期</Text>
                  <Text className={`zc-v__chip coverage-prev ${period ? 'zc-v__chip--on' : ''}`} onClick={() => setPeriod(prev)}>上期</Text>
                  {!mine ? <Button size='small' className='coverage-export' onClick={() => void exportXlsx()}>导出 xlsx</Button> : null}
                  {c.unit.level === 'village' ? <Button size='small' className='coverage-households' onClick={() => goVisit('households', `villageId=${c.unit.id}`)}>农户名单</Button> : null}
                </View>
              </View>
              {message ? <Text className='zc-v__msg coverage-message'>{message}</Text> : null}
              <Text className='zc-v__section'>按{KIND_LABELS[c.rowKind]}</Text>
              {c.rows.map((r) => (
                <View key={r.id} className={`zc-v__card coverage-row coverage-row--${r.id}`}
                  onClick={c.rowKind === 'cadre' ? undefined : () => goVisit('coverage', `unitId=${r.id}${period ? `&period=${period}` : ''}`)}>
                  <Text className='zc-v__line'>{r.name}：<Text className='coverage-row-visited'>{r.visited}</Text>/{r.total} 户（{r.percent}%）</Text>
                  <Bar percent={r.percent} />
                </View>
              ))}
              {c.unvisited.length ? <Text className='zc-v__section'>本期未走访（{c.unvisited.length} 户）</Text> : null}
              {c.unvisited.map((u) => (
                <View key={u.id} className='zc-v__card coverage-unvisited' onClick={() => goVisit('household', `id=${u.id}`)}>
                  <Text className='zc-v__line'>{u.headName}</Text>
                  <Text className='zc-v__muted'>帮扶责任人：{u.cadreNames || '未结对'}</Text>
                </View>
              ))}
            </>
          )
        }}
      </AsyncGate>
    </View>
  )
}
