import Taro from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import { Cell, CellGroup } from '@nutui/nutui-react-taro'
import { AsyncGate } from '@/components/async-gate'
import { PagedFooter } from '@/components/paged-footer'
import { VillagePicker } from '@/components/village-picker'
import { useVillagerNotices } from '@/hooks/use-public-notices'
import '../../notice.scss'

/** For villagers, no binding: pick the village once (or come by its QR code), read its notices. */
export default function VillagerPage() {
  const v = useVillagerNotices()
  if (!v.village) {
    return (
      <View className='zc-page villager-page'>
        <Text className='zc-n__muted'>请选择您所在的村（只需选择一次）</Text>
        <AsyncGate state={v.villages.state} onRetry={v.villages.reload}>
          {({ villages }) => <VillagePicker villages={villages} onChoose={v.choose} />}
        </AsyncGate>
      </View>
    )
  }
  return (
    <View className='zc-page villager-page'>
      <View className='zc-n__bar'>
        <Text className='villager-village'>{v.villageName || '本村'}公示</Text>
        <Text className='zc-n__link villager-change' onClick={() => v.choose(null)}>
          切换村
        </Text>
      </View>
      <CellGroup>
        {v.list.items.map((n) => (
          <Cell
            key={n.id}
            className={`public-notice ${n.inWindow ? 'public-notice--open' : ''}`}
            title={n.title}
            description={`${n.categoryLabel} · ${n.unitName} · ${n.startDay} 至 ${n.endDay}${n.inWindow ? ' · 公示中' : ' · 已结束'}`}
            extra='›'
            clickable
            onClick={() =>
              void Taro.navigateTo({ url: `/packages/notice/pages/public-detail/index?id=${n.id}` })
            }
          />
        ))}
      </CellGroup>
      <PagedFooter list={v.list} empty='本村暂无公示' />
      <CellGroup>
        <Cell
          className='villager-monitor-apply'
          title='防返贫监测申报'
          description='家中因病、因灾等遇到困难，可凭村里给的验证码在此申报'
          extra='›'
          clickable
          onClick={() =>
            void Taro.navigateTo({ url: `/packages/monitor/pages/apply/index?v=${v.village ?? ''}` })
          }
        />
        <Cell
          className='villager-feedback'
          title='投诉建议'
          description='对小程序或驻村工作的投诉、建议，在此查看答复'
          extra='›'
          clickable
          onClick={() =>
            void Taro.navigateTo({
              url: `/packages/feedback/pages/mine/index?villageCode=${v.village ?? ''}`,
            })
          }
        />
      </CellGroup>
    </View>
  )
}
