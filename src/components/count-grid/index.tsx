import { View, Text } from '@tarojs/components'
import { Grid } from '@nutui/nutui-react-taro'
import type { CountItem } from '@contract/api/common'
import './index.scss'

/** The workbench's counters; a zero is shown muted so the ones needing attention stand out. */
export function CountGrid({ items }: { items: CountItem[] }) {
  if (items.length === 0) {
    return <View className='zc-counts zc-counts--empty'>暂无待办事项</View>
  }
  return (
    <Grid className='zc-counts' columns={items.length >= 3 ? 3 : items.length} gap={0} square={false}>
      {items.map((item) => (
        <Grid.Item key={item.key} className={`zc-counts__item count-item count-item--${item.key}`}>
          <Text className={`zc-counts__value ${item.value === 0 ? 'zc-counts__value--zero' : ''}`}>
            {item.value}
          </Text>
          <Text className='zc-counts__label'>{item.label}</Text>
        </Grid.Item>
      ))}
    </Grid>
  )
}
