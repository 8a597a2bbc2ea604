import { View, Text } from '@tarojs/components'
import type { IssuedCode } from '@/hooks/use-people'
import './index.scss'

/** The code is shown once: the admin reads it out or sends it; it is never stored readable. */
export function IssuedCodeCard({ issued, name }: { issued: IssuedCode; name: string }) {
  const until = new Date(issued.expiresAt)
  return (
    <View className='zc-code issued-code'>
      <Text className='zc-code__label'>{name ? `「${name}」的绑定码` : '绑定码'}</Text>
      <Text className='zc-code__value issued-code__value' selectable>
        {issued.code}
      </Text>
      <Text className='zc-code__hint'>{`有效期至 ${until.getMonth() + 1} 月 ${until.getDate()} 日，仅可使用一次；关闭后无法再次查看`}</Text>
    </View>
  )
}
