import { View, Text } from '@tarojs/components'
import './index.scss'

/** Said under a list when the server could not show some stored records (it logged which). */
export function SkippedNote({ count }: { count: number }) {
  if (count <= 0) return null
  return (
    <View className='zc-skipped'>
      <Text>有 {count} 条记录无法显示，已记录在日志中，请联系管理员核查</Text>
    </View>
  )
}
