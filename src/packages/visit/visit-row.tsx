import { View, Text } from '@tarojs/components'
import type { VisitSummary } from '@contract/api/visit-schemas'
import { goVisit } from '@/hooks/use-visit'

export const shanghaiTime = (iso: string) =>
  new Date(new Date(iso).getTime() + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ')

/** A visit in a list: when, who, what was found. */
export function VisitRow({ visit: v }: { visit: VisitSummary }) {
  return (
    <View
      className={`zc-v__card visit-row visit-row--v${v.version}`}
      onClick={() => goVisit('visit', `id=${v.id}`)}
    >
      <Text className='zc-v__title'>
        {shanghaiTime(v.startedAt)} · {v.authorName}
      </Text>
      <Text className='zc-v__muted'>
        {v.headName} · 第 {v.version} 版{v.status === 'returned' ? ' · 已退回待更正' : ''}
        {v.syncedLate ? ' · 离线补传' : ''}
        {v.shared ? ' · 已共享' : ''}
      </Text>
      {v.failedChecks.length ? (
        <Text className='zc-v__warn'>未保障：{v.failedChecks.join('、')}</Text>
      ) : (
        <Text className='zc-v__line zc-v__ok'>两不愁三保障及饮水安全均有保障</Text>
      )}
      {v.dangerousHouse ? <Text className='zc-v__warn'>C/D 级危房</Text> : null}
      {v.risks.length ? <Text className='zc-v__warn'>风险：{v.risks.join('、')}</Text> : null}
      <Text className='zc-v__muted'>
        照片 {v.photos}/{v.photoCount}
      </Text>
    </View>
  )
}
