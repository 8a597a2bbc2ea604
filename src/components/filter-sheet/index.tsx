import { View, Text } from '@tarojs/components'
import { Button, Popup } from '@nutui/nutui-react-taro'
import './index.scss'

export interface FilterGroup {
  key: string
  title: string
  options: ReadonlyArray<{ value: string; label: string }>
  /** The chosen option, or null for 全部. */
  value: string | null
}

interface Props {
  visible: boolean
  groups: readonly FilterGroup[]
  onChoose: (group: string, value: string | null) => void
  onReset: () => void
  onClose: () => void
}

/** Every filter of a list in one bottom sheet instead of rows of chips; tapping a chosen option clears it. */
export function FilterSheet({ visible, groups, onChoose, onReset, onClose }: Props) {
  return (
    <Popup
      visible={visible}
      position='bottom'
      round
      title='筛选'
      closeable
      onClose={onClose}
      className='zc-filter-sheet'
    >
      <View className='zc-filter-sheet__body'>
        {groups.map((g) => (
          <View key={g.key} className={`zc-filter-sheet__group filter-group--${g.key}`}>
            <Text className='zc-filter-sheet__title'>{g.title}</Text>
            <View className='zc-filter-sheet__options'>
              {g.options.map((o) => {
                const on = g.value === o.value
                return (
                  <Text
                    key={o.value}
                    className={`zc-filter-sheet__option filter-option ${on ? 'zc-filter-sheet__option--on' : ''}`}
                    onClick={() => onChoose(g.key, on ? null : o.value)}
                  >
                    {o.label}
                  </Text>
                )
              })}
            </View>
          </View>
        ))}
      </View>
      <View className='zc-filter-sheet__footer'>
        <Button className='filter-reset' onClick={onReset}>
          重置
        </Button>
        <Button type='primary' className='filter-done' onClick={onClose}>
          完成
        </Button>
      </View>
    </Popup>
  )
}

/** What is chosen, in words, for the line under the search box. */
export function chosenText(groups: readonly FilterGroup[]): string {
  return groups
    .flatMap((g) => {
      const o = g.options.find((x) => x.value === g.value)
      return o ? [`${g.title}：${o.label}`] : []
    })
    .join(' · ')
}
