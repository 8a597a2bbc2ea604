import { View, Text } from '@tarojs/components'
import { TextArea } from '@nutui/nutui-react-taro'

/**
 * The written reason. Shown as required while the values are stricter than the default (减负: the
 * reason is kept and shown to everyone the rule applies to); the server decides and refuses without it.
 */
interface Props {
  name: string
  /** What the edited values ask beyond the default. */
  stricter: string[]
  /** What they ask beyond the saved values: a new reason is needed only then (or when none is kept). */
  added: string[]
  kept: string | null
  value: string
  onChange: (v: string) => void
}

export function ReasonField({ name, stricter, added, kept, value, onChange }: Props) {
  const required = stricter.length > 0 && (added.length > 0 || !kept)
  return (
    <View className={`cs-reason cs-reason--${name}`}>
      {required ? (
        <Text className='cs-reason__hint'>比默认规则更严（{stricter.join('；')}），须写明理由</Text>
      ) : null}
      {stricter.length > 0 && !required ? (
        <Text className='cs-reason__hint'>沿用现有理由，也可写新的理由</Text>
      ) : null}
      <TextArea
        className={`cs-reason__input ${name}-reason`}
        placeholder={required ? '理由（必填，保存后向相关人员显示）' : '理由（可不填）'}
        maxLength={300}
        value={value}
        onChange={onChange}
      />
    </View>
  )
}
