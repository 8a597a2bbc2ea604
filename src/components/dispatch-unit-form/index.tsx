import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import { Button, Input } from '@nutui/nutui-react-taro'
import {
  DISPATCH_UNIT_KINDS,
  DISPATCH_UNIT_KIND_LABELS,
  type DispatchUnitKind,
} from '@contract/domain/dispatch-unit'
import { FieldLabel } from '@/components/field-label'
import type { DispatchUnitForm } from '@/hooks/use-dispatch-units'
import './index.scss'

interface Props {
  initial?: Partial<DispatchUnitForm>
  submitText: string
  busy: boolean
  onSubmit: (form: DispatchUnitForm) => Promise<boolean>
}

/** Name, kind and contact of a 派出单位; the phone is typed in full once and only shown masked after. */
export function DispatchUnitFormView({ initial, submitText, busy, onSubmit }: Props) {
  const [name, setName] = useState(initial?.name ?? '')
  const [kind, setKind] = useState<DispatchUnitKind>(initial?.kind ?? 'county')
  const [contactName, setContactName] = useState(initial?.contactName ?? '')
  const [contactPhone, setContactPhone] = useState('')
  const submit = async () => {
    if (await onSubmit({ name, kind, contactName, contactPhone })) {
      if (!initial) setName('')
      setContactPhone('')
    }
  }
  return (
    <View className='du-form'>
      <FieldLabel text='单位名称' />
      <Input
        className='du-name'
        value={name}
        placeholder='如 省农业农村厅'
        onChange={(v: string) => setName(v)}
      />
      <FieldLabel text='单位类别' />
      <View className='du-kinds'>
        {DISPATCH_UNIT_KINDS.map((k) => (
          <Button
            key={k}
            size='small'
            className={`du-kind du-kind--${k}`}
            type={k === kind ? 'primary' : 'default'}
            onClick={() => setKind(k)}
          >
            {DISPATCH_UNIT_KIND_LABELS[k]}
          </Button>
        ))}
      </View>
      <FieldLabel text='联系人姓名' />
      <Input className='du-contact-name' value={contactName} onChange={(v: string) => setContactName(v)} />
      <FieldLabel text='联系人手机号' />
      <Input
        className='du-contact-phone'
        type='digit'
        value={contactPhone}
        placeholder={initial ? '重新输入完整手机号' : '11 位手机号'}
        onChange={(v: string) => setContactPhone(v)}
      />
      <Text className='du-note'>联系人凭手机号绑定后，只能查看本单位所派干部的请假、记实和考核结果。</Text>
      <Button className='du-submit' type='primary' block loading={busy} onClick={() => void submit()}>
        {submitText}
      </Button>
    </View>
  )
}
