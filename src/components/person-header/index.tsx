import { View, Text } from '@tarojs/components'
import type { ReactNode } from 'react'
import './index.scss'

interface PersonHeaderProps {
  name: string
  /** Roles already joined into one line. */
  roles: string
  scopeLabel: string
  /** Extra controls on the banner's right, e.g. 切换身份 on H5. */
  extra?: ReactNode
}

/** The red banner at the top of the tab pages: who is using the app and where they work. */
export function PersonHeader({ name, roles, scopeLabel, extra }: PersonHeaderProps) {
  return (
    <View className='zc-person'>
      <View className='zc-person__row'>
        {/* The surname stands in for a photo: cadres rarely set one, and it needs no download. */}
        <View className='zc-person__avatar'>
          <Text>{name.slice(0, 1)}</Text>
        </View>
        <View className='zc-person__main'>
          <Text className='zc-person__name person-name'>{name}</Text>
          <Text className='zc-person__roles person-roles'>{roles}</Text>
        </View>
        {extra ? <View className='zc-person__extra'>{extra}</View> : null}
      </View>
      <View className='zc-person__scope person-scope'>
        <Text className='zc-person__scope-label'>工作范围</Text>
        <Text>{scopeLabel}</Text>
      </View>
    </View>
  )
}
