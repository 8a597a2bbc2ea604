import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import { Button, Cell, CellGroup, Input } from '@nutui/nutui-react-taro'
import { useBind } from '@/hooks/use-bind'
import './index.scss'
import { FieldLabel } from '@/components/field-label'

const REQUEST_STATUS = { pending: '待审核', approved: '已通过', rejected: '未通过' } as const

/** Enter the code from the organization department, or ask by name and phone. */
export default function BindPage() {
  const { status, busy, error, notice, bindWithCode, requestBinding } = useBind()
  const [code, setCode] = useState('')
  const [name, setName] = useState('')
  const [phone, setPhone] = useState('')
  const request = status.status === 'ready' ? status.data.request : undefined

  return (
    <View className='zc-page bind-page'>
      {status.status === 'ready' && status.data.bound ? (
        <View className='bind-page__bound'>当前微信已绑定：{status.data.personName}</View>
      ) : null}
      <CellGroup title='输入绑定码'>
        <View className='bind-page__row'>
          <FieldLabel text='绑定码' />
          <Input
            className='bind-code'
            placeholder='如 K7M4-Q9XP'
            maxLength={12}
            value={code}
            onChange={(v: string) => setCode(v)}
          />
        </View>
        <View className='bind-page__row'>
          <Button
            className='bind-submit'
            type='primary'
            block
            loading={busy}
            disabled={!code.trim()}
            onClick={() => void bindWithCode(code)}
          >
            绑定
          </Button>
        </View>
      </CellGroup>
      <Text className='bind-page__hint'>绑定码由组织部管理员生成，7 天内有效，只能使用一次。</Text>
      <CellGroup title='没有绑定码？用姓名和手机号申请'>
        <View className='bind-page__row'>
          <FieldLabel text='姓名' />
          <Input
            className='bind-name'
            placeholder='姓名'
            maxLength={20}
            value={name}
            onChange={(v: string) => setName(v)}
          />
        </View>
        <View className='bind-page__row'>
          <FieldLabel text='手机号' />
          <Input
            className='bind-phone'
            type='tel'
            placeholder='须与组织部登记一致'
            maxLength={11}
            value={phone}
            onChange={(v: string) => setPhone(v)}
          />
        </View>
        <View className='bind-page__row'>
          <Button
            className='bind-request'
            block
            loading={busy}
            disabled={!name.trim() || phone.length < 11}
            onClick={() => void requestBinding(name.trim(), phone)}
          >
            提交申请
          </Button>
        </View>
        {request ? (
          <Cell className='bind-request-status' title='我的申请' extra={REQUEST_STATUS[request.status]} />
        ) : null}
      </CellGroup>
      {error ? <View className='bind-page__error bind-error'>{error}</View> : null}
      {notice ? <View className='bind-page__notice'>{notice}</View> : null}
    </View>
  )
}
