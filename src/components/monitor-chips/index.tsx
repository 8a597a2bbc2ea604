import { View, Text } from '@tarojs/components'

/** Chips to pick one or several of a labelled list (risk types, 监测类型, departments). */
export function Chips<K extends string>({
  keys,
  labels,
  chosen,
  onToggle,
  name,
}: {
  keys: readonly K[]
  labels: Record<K, string>
  chosen: readonly K[]
  onToggle: (key: K) => void
  name: string
}) {
  return (
    <View className='zc-m__row'>
      {keys.map((k) => (
        <Text
          key={k}
          className={`zc-m__chip ${name}-${k} ${chosen.includes(k) ? 'zc-m__chip--on' : ''}`}
          onClick={() => onToggle(k)}
        >
          {labels[k]}
        </Text>
      ))}
    </View>
  )
}

/** Adds or removes one key. */
export function toggled<K extends string>(list: readonly K[], key: K): K[] {
  return list.includes(key) ? list.filter((k) => k !== key) : [...list, key]
}
