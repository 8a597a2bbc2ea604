import { View, Text } from '@tarojs/components'
import { TextArea } from '@nutui/nutui-react-taro'

/**
 * The written reason. Shown as required while the values are stricter than the default (减负: the
 * reason is kept and shown to everyone the rule applies to); the server decides and refuses without it.
 */
export function ReasonField({ name, stricter, value, onChange }: { name: string; stricter: string[]; value: string; onChange: (v: string) => void }) {
  return (
    <View className={`cs-reason cs-reason--${name}`}>
      {stricter.length > 0 ? <Text className='cs-reason__hint'>比默认规则更严（{stricter.join('；')}），须写明理由</Text> : null}
      <TextArea
        className={`cs-reason__input ${name}-reason`}
        placeholder={stricter.length > 0 ? '理由（必填，保存后向相关人员显示）' : '理由（可不填）'}
        maxLength={300}
        value={value}
        onChange={onChange}
      />
    </View>
  )
}
