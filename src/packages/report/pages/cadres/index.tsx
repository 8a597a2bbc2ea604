import { View, Text } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { AsyncGate } from '@/components/async-gate'
import { goReport, useVillageCadres } from '@/hooks/use-report'
import '../../report.scss'

/** A village's resident cadres by name with their days this month; a tap opens that cadre's month. */
export default function CadresPage() {
  const { params } = useRouter()
  const { state, reload } = useVillageCadres(params.villageId ?? '')
  return (
    <View className='zc-page report-cadres-page'>
      <AsyncGate state={state} onRetry={reload}>
        {(r) => (
          <View className='zc-rp__card'>
            <Text className='zc-rp__title'>
              {r.village.name} · {r.month.replace('-', '年')}月 · 应在村 {r.requiredDays} 天
            </Text>
            {r.cadres.length === 0 ? <Text className='zc-rp__muted'>本村暂无驻村干部</Text> : null}
            {r.cadres.map((c) => (
              <View
                key={c.personId}
                className='zc-rp__row report-cadre'
                onClick={() => goReport.cadreMonth(c.personId, r.month)}
              >
                <Text className='zc-rp__row-name'>
                  {c.name}（{c.post}）
                </Text>
                <Text className={c.met ? 'zc-rp__ok' : 'zc-rp__muted'}>
                  在村 {c.days} 天{c.leaveDays ? ` · 请假 ${c.leaveDays} 天` : ''} ›
                </Text>
              </View>
            ))}
          </View>
        )}
      </AsyncGate>
    </View>
  )
}
