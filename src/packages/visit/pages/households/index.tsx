import { View, Text } from '@tarojs/components'
import Taro, { useDidShow, useRouter } from '@tarojs/taro'
import { Button } from '@nutui/nutui-react-taro'
import { PagedFooter } from '@/components/paged-footer'
import { ListSearch } from '@/components/list-search'
import { useListSearch } from '@/hooks/use-list-search'
import { goVisit, useHouseholdList } from '@/hooks/use-visit'
import '../../visit.scss'

const VISIT_GROUPS = [
  { key: 'visits', title: '本周期走访', options: [{ value: 'unvisited', label: '只看本周期未走访' }] },
]

/** 走访名单: my paired households (or a village's), this period's visits, search by the head's name or its initials. */
export default function HouseholdsPage() {
  const { params } = useRouter()
  const search = useListSearch()
  const unvisitedOnly = search.filters.visits === 'unvisited'
  const list = useHouseholdList({ villageId: params.villageId, search: search.search, unvisitedOnly })
  useDidShow(() => void list.reload())
  return (
    <View className='zc-page visit-households-page'>
      <ListSearch state={search} placeholder='户主姓名或拼音首字母' groups={VISIT_GROUPS} />
      <View className='zc-v__bar'>
        <Text className='zc-v__muted'>{list.period}</Text>
        <Button size='small' className='visit-go-drafts' onClick={() => goVisit('drafts')}>
          草稿与同步
        </Button>
        <Button
          size='small'
          className='visit-go-coverage'
          onClick={() => goVisit('coverage', params.villageId ? `unitId=${params.villageId}` : 'mine=1')}
        >
          覆盖情况
        </Button>
      </View>
      {list.items.map((h) => (
        <View
          key={h.id}
          className={`zc-v__card visit-household visit-household--${h.id}`}
          onClick={() => goVisit('household', `id=${h.id}`)}
        >
          <Text className='zc-v__title visit-household-name'>{h.headName}</Text>
          <Text className='zc-v__muted'>
            {h.villageName} · {h.kindLabel}
            {h.mainCauseLabel ? ` · ${h.mainCauseLabel}` : ''} · {h.memberCount} 人
          </Text>
          {h.visitsThisPeriod > 0 ? (
            <Text className='zc-v__line zc-v__ok visit-household-visited'>
              本周期（{h.periodLabel}）已走访 {h.visitsThisPeriod} 次
            </Text>
          ) : h.due ? (
            <Text className='zc-v__warn visit-household-unvisited'>本周期（{h.periodLabel}）未走访</Text>
          ) : (
            <Text className='zc-v__muted visit-household-no-period'>不定期走访</Text>
          )}
        </View>
      ))}
      <PagedFooter
        list={list}
        empty={
          search.search.q || search.search.initial || unvisitedOnly ? '没有找到符合条件的农户' : '暂无农户'
        }
      />
      <View className='zc-v__actions'>
        <Button size='small' className='visit-go-shared' onClick={() => goVisit('shared')}>
          走访报告共享
        </Button>
        <Button
          size='small'
          className='visit-go-card'
          onClick={() => void Taro.navigateTo({ url: '/packages/visit/pages/card/index' })}
        >
          查询明白卡
        </Button>
      </View>
    </View>
  )
}
