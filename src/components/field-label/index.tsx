import { Text } from '@tarojs/components'
import './index.scss'

/** A field's name above it: a placeholder disappears once the field is filled, a label stays. */
export function FieldLabel({ text }: { text: string }) {
  return <Text className='zc-field-label field-label'>{text}</Text>
}
