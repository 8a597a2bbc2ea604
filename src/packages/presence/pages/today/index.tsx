import { View, Text } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { Button, Cell, CellGroup } from '@nutui/nutui-react-taro'
import { AsyncGate } from '@/components/async-gate'
import { PendingAbsences } from '@/components/pending-absences'
import { TodayVillages } from '@/components/today-villages'
import { currentMonth } from '@/hooks/use-presence-month'
import { useExportMonth, useToday } from '@/hooks/use-today'
import '../../presence.scss'

const open = (url: string) => void Taro.navigateTo({ url })

/**
 * Today for the supervisor's scope, village by village (facts, in org order, never a ranking); with
 * ?villageId the cadres of that village, each opening their month.
 */
export default function TodayPage() {
  const { params } = useRouter()
  const villageId = params.villageId || undefined
  const { state, reload } = useToday(villageId)
  const exporter = useExportMonth()
  const month = currentMonth()
  return (
    <View className='zc-page today-page'>
      <AsyncGate state={state} onRetry={reload}>
        {(t) => (
          <>
            <Text className='zc-p__muted'>{t.day} · 数据为当时记录，仅供了解情况</Text>
            {villageId ? (
              <CellGroup title='驻村干部'>
                {t.cadres.map((c) => (
                  <Cell
                    key={c.personId}
                    clickable
                    className={`today-cadre today-cadre--${c.status}`}
                    title={`${c.name} · ${c.postLabel}`}
                    description={`${c.statusLabel}${c.time ? ` ${c.time}` : ''}${c.syncedLate ? '（延迟同步）' : ''}${c.signs.length ? ` · 建议核实：${c.signs.map((s) => s.reason).join('；')}` : ''}`}
                    extra={<Text className='zc-link'>月度 ›</Text>}
                    onClick={() => open(`/packages/presence/pages/calendar/index?personId=${c.personId}`)}
                  />
                ))}
              </CellGroup>
            ) : (
              <TodayVillages villages={t.villages} />
            )}
          </>
        )}
      </AsyncGate>
      <PendingAbsences villageId={villageId} />
      <View className='zc-p__actions'>
        {villageId ? (
          <Button
            type='default'
            className='spot-check-open'
            onClick={() => open(`/packages/presence/pages/spot-check/index?villageId=${villageId}`)}
          >
            暗访记录
          </Button>
        ) : null}
        <Button
          type='primary'
          className='export-month'
          loading={exporter.state.status === 'busy'}
          onClick={() => void exporter.run(month)}
        >
          导出本月驻村工作记实
        </Button>
      </View>
      {exporter.state.status === 'done' ? (
        <Text className='zc-p__msg export-result'>已生成 {exporter.state.rows} 人的记实表</Text>
      ) : null}
      {exporter.state.status === 'failed' ? (
        <Text className='zc-p__msg export-result'>{exporter.state.message}</Text>
      ) : null}
    </View>
  )
}
