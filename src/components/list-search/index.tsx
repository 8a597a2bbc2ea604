import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import { SearchBar } from '@nutui/nutui-react-taro'
import { INITIAL_LETTERS } from '@contract/domain/name-search'
import type { ListSearch as ListSearchState } from '@/hooks/use-list-search'
import { chosenText, FilterSheet, type FilterGroup } from '../filter-sheet'
import './index.scss'

const LETTERS = INITIAL_LETTERS.map((l) => ({ value: l, label: l }))

interface Props {
  state: ListSearchState
  placeholder: string
  /** The list's own filters (besides 首字母), each a single choice. */
  groups?: ReadonlyArray<Omit<FilterGroup, 'value'>>
  /** How many rows match, when known. */
  total?: number
}

/**
 * The one search for long lists (villages, people, households): a name or its pinyin initials
 * (张三 or zs), and a 筛选 sheet with the first letter and the list's own filters.
 */
export function ListSearch({ state, placeholder, groups = [], total }: Props) {
  const [open, setOpen] = useState(false)
  const all: FilterGroup[] = [
    ...groups.map((g) => ({ ...g, value: state.filters[g.key] ?? null })),
    { key: 'initial', title: '姓名或名称首字母', options: LETTERS, value: state.initial },
  ]
  const chosen = chosenText(all)
  return (
    <View className='zc-list-search'>
      <View className='zc-list-search__row'>
        <SearchBar
          className='zc-list-search__box list-search-input'
          placeholder={placeholder}
          value={state.text}
          onChange={(v) => state.setText(v)}
          onSearch={(v) => state.setText(v)}
          onClear={() => state.setText('')}
        />
        <Text
          className={`zc-list-search__open list-filter-open ${chosen ? 'zc-list-search__open--on' : ''}`}
          onClick={() => setOpen(true)}
        >
          筛选{chosen ? ` (${chosen.split(' · ').length})` : ''}
        </Text>
      </View>
      {chosen || total !== undefined ? (
        <View className='zc-list-search__status'>
          {total !== undefined ? <Text className='list-search-total'>共 {total} 条</Text> : null}
          {chosen ? <Text className='list-search-chosen'>{chosen}</Text> : null}
          {chosen ? (
            <Text className='zc-list-search__clear list-filter-clear' onClick={state.reset}>
              清除筛选
            </Text>
          ) : null}
        </View>
      ) : null}
      <FilterSheet
        visible={open}
        groups={all}
        onChoose={(key, value) => (key === 'initial' ? state.setInitial(value) : state.setFilter(key, value))}
        onReset={state.reset}
        onClose={() => setOpen(false)}
      />
    </View>
  )
}
