import { Text } from '@tarojs/components'
import { Cell, CellGroup } from '@nutui/nutui-react-taro'
import { filterByName, isSearching } from '@contract/domain/name-search'
import { ListSearch } from '@/components/list-search'
import { useByTownship } from '@/hooks/use-by-township'
import { useListSearch } from '@/hooks/use-list-search'

interface Village {
  code: string
  name: string
  initials: string
  townshipName: string
}

/** A search over the whole county shows at most this many rows: more is one oversized setData in WeChat. */
const MAX_FOUND = 50

function VillageCells({
  villages,
  onChoose,
}: {
  villages: readonly Village[]
  onChoose: (code: string) => void
}) {
  return (
    <CellGroup>
      {villages.map((x) => (
        <Cell
          key={x.code}
          className='village-option'
          title={x.name}
          description={x.townshipName}
          extra='›'
          clickable
          onClick={() => onChoose(x.code)}
        />
      ))}
    </CellGroup>
  )
}

/** A villager finds their village by name or initials (wjzc), or in a whole county picks the township first. */
export function VillagePicker({
  villages,
  onChoose,
}: {
  villages: readonly Village[]
  onChoose: (code: string) => void
}) {
  const search = useListSearch()
  const { long, groups, township, setTownship, shown } = useByTownship(villages)
  const found = isSearching(search.search) ? filterByName(villages, search.search, (v) => v) : null
  return (
    <>
      <ListSearch
        state={search}
        placeholder='村名或拼音首字母，如 wjzc'
        total={found ? found.length : undefined}
      />
      {found ? (
        <>
          <VillageCells villages={found.slice(0, MAX_FOUND)} onChoose={onChoose} />
          {found.length === 0 ? <Text className='zc-n__muted village-none'>没有找到匹配的村</Text> : null}
          {found.length > MAX_FOUND ? (
            <Text className='zc-n__muted'>只显示前 {MAX_FOUND} 个，请再输入几个字</Text>
          ) : null}
        </>
      ) : !shown ? (
        <CellGroup>
          {groups.map((g) => (
            <Cell
              key={g.name}
              className='township-option'
              title={g.name}
              description={`${g.items.length} 个村`}
              extra='›'
              clickable
              onClick={() => setTownship(g.name)}
            />
          ))}
        </CellGroup>
      ) : (
        <>
          {long ? (
            <Text className='zc-n__link villager-townships' onClick={() => setTownship(null)}>
              ‹ {township} · 选择其他乡镇
            </Text>
          ) : null}
          <VillageCells villages={shown} onChoose={onChoose} />
        </>
      )}
    </>
  )
}
