import { Cell, CellGroup } from '@nutui/nutui-react-taro'
import { View } from '@tarojs/components'
import type { UnitSummary } from '@contract/api/org-tree'
import { filterByName } from '@contract/domain/name-search'
import { ListSearch } from '@/components/list-search'
import { useListSearch } from '@/hooks/use-list-search'
import { goToUnit } from '@/hooks/use-org-unit'

/** Lists this long get the search box; a township's dozen villages and a county's 162 alike. */
const SEARCH_FROM = 8
const FLAG_GROUPS = [
  {
    key: 'flag',
    title: '村类型',
    options: [
      { value: 'poor', label: '贫困村' },
      { value: 'weak', label: '软弱涣散村' },
    ],
  },
]

function flagged(u: UnitSummary, flag: string | null): boolean {
  if (flag === 'poor') return Boolean(u.flags?.poor)
  if (flag === 'weak') return Boolean(u.flags?.weak)
  return true
}

/** The units below one unit, searchable by name or pinyin initials, all held on the phone. */
export function UnitChildren({ title, units }: { title: string; units: readonly UnitSummary[] }) {
  const search = useListSearch()
  if (units.length === 0) return null
  const shown = filterByName(units, search.search, (u) => u).filter((u) =>
    flagged(u, search.filters.flag ?? null),
  )
  return (
    <>
      <View className='zc-section-title'>{title}</View>
      {units.length >= SEARCH_FROM ? (
        <ListSearch
          state={search}
          placeholder='名称或拼音首字母，如 wdz'
          total={shown.length}
          groups={units.some((u) => u.level === 'village') ? FLAG_GROUPS : []}
        />
      ) : null}
      <CellGroup>
        {shown.map((u) => (
          <Cell
            key={u.id}
            className='unit-item'
            title={u.name}
            description={u.levelLabel}
            extra={u.hasChildren ? '›' : undefined}
            clickable
            onClick={() => goToUnit(u.id)}
          />
        ))}
      </CellGroup>
      {shown.length === 0 ? (
        <View className='zc-paged zc-paged--empty unit-none'>没有找到匹配的单位</View>
      ) : null}
    </>
  )
}
