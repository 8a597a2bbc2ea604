import { Picker, Text, View } from '@tarojs/components'
import { FieldLabel } from '@/components/field-label'

/** A calendar day chosen with the platform's date picker (both builds), under its label. */
export function DayField({
  label,
  value,
  onChange,
  className,
}: {
  label: string
  value: string
  onChange: (day: string) => void
  className?: string
}) {
  return (
    <View className={className}>
      <FieldLabel text={label} />
      <Picker mode='date' value={value} onChange={(e) => onChange(String(e.detail.value))}>
        <View className='zc-p__row'>
          <Text className='day-field__value'>{value || '请选择'}</Text>（点击修改）
        </View>
      </Picker>
    </View>
  )
}
