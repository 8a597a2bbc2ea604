import { View, Text } from '@tarojs/components'
import type { FormChange } from '@contract/domain/visit-diff'
import './index.scss'

/** "What changed since": one line per change, changes for the worse marked. */
export function VisitChanges({ title, changes }: { title: string; changes: FormChange[] }) {
  return (
    <View className='zc-vc visit-changes'>
      <Text className='zc-vc__title'>{title}</Text>
      {changes.length === 0 ? <Text className='zc-vc__none'>无变化</Text> : null}
      {changes.map((c) => (
        <View
          key={c.field}
          className={`zc-vc__line visit-change visit-change--${c.field.replace(/\./g, '-')} ${c.worse ? 'zc-vc__line--worse visit-change--worse' : ''}`}
        >
          <Text className='zc-vc__label'>{c.label}</Text>
          <Text>
            {c.before} → {c.after}
          </Text>
        </View>
      ))}
    </View>
  )
}
