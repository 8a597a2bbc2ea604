import { View, Text } from '@tarojs/components'
import { Tag } from '@nutui/nutui-react-taro'

export interface SectionMetaView {
  source?: string
  sourceLabel: string
  /** What the section falls back to: the 州/市's rule above a county where it set one, else the default. */
  baseline?: { source: string; sourceLabel: string }
  strict: boolean
  reason: string | null
  updatedAt: string | null
  updatedByName: string | null
}

export function shortTime(iso: string): string {
  const d = new Date(iso)
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`
}

/** A section's title, where its values come from (默认规则 / 州/市规则 / 本县设置) and the reason it is stricter. */
export function SectionHead({ title, name, meta }: { title: string; name: string; meta?: SectionMetaView }) {
  return (
    <View className={`cs-head cs-head--${name}`}>
      <View className='cs-head__row'>
        <Text className='zc-section-title cs-head__title'>{title}</Text>
        {meta ? (
          <Tag className='cs-source' type={meta.strict ? 'warning' : 'default'} plain>
            {meta.sourceLabel}
            {meta.strict ? ' · 从严' : ''}
          </Tag>
        ) : null}
      </View>
      {meta?.reason ? <Text className='cs-head__reason'>理由：{meta.reason}</Text> : null}
      {meta?.baseline?.source === 'prefecture' && meta.source !== 'prefecture' ? (
        <Text className='cs-head__baseline'>州/市已设规则：本县比它更严须写明理由</Text>
      ) : null}
      {meta?.updatedAt ? (
        <Text className='cs-head__meta'>
          {meta.updatedByName ?? ''} 于 {shortTime(meta.updatedAt)} 修改
        </Text>
      ) : null}
    </View>
  )
}
