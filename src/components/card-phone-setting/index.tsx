import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import { Button, Cell, CellGroup, Input } from '@nutui/nutui-react-taro'
import {
  CARD_PHONE_CHOICES,
  CARD_PHONE_LABELS,
  type CardPhoneChoice,
  type CardPhoneView,
} from '@contract/domain/card-phone'
import { isAppError } from '@contract/errors'
import { call } from '@/services/client'

/**
 * 明白卡电话: the cadre chooses which number the households they serve see in full and can call —
 * their mobile, a work phone, or none. Elsewhere it stays masked.
 */
export function CardPhoneSetting({ current, onSaved }: { current: CardPhoneView; onSaved: () => void }) {
  const [choice, setChoice] = useState<CardPhoneChoice>(current.choice)
  const [workPhone, setWorkPhone] = useState('')
  const [message, setMessage] = useState('')
  const [busy, setBusy] = useState(false)
  const save = async () => {
    setBusy(true)
    try {
      const saved = await call('org', 'setCardPhone', {
        choice,
        workPhone: choice === 'work' ? workPhone : '',
      })
      setMessage(`已保存：${saved.choiceLabel}${saved.workPhoneMasked ? ` ${saved.workPhoneMasked}` : ''}`)
      onSaved()
    } catch (err) {
      setMessage(isAppError(err) ? err.message : '保存失败')
    } finally {
      setBusy(false)
    }
  }
  return (
    <CellGroup title='明白卡上显示的电话'>
      <Cell
        className='card-phone-current'
        title={current.choiceLabel}
        description='所帮扶农户的明白卡上完整显示您选定的号码，农户可直接拨打；其他页面只显示脱敏号码'
        extra={current.workPhoneMasked}
      />
      <Cell>
        <View className='me-page__chips'>
          {CARD_PHONE_CHOICES.map((c) => (
            <Text
              key={c}
              className={`me-page__chip card-phone-choice card-phone-choice--${c} ${choice === c ? 'me-page__chip--on' : ''}`}
              onClick={() => setChoice(c)}
            >
              {CARD_PHONE_LABELS[c]}
            </Text>
          ))}
        </View>
      </Cell>
      {choice === 'work' ? (
        <Cell>
          <Input
            className='card-phone-work'
            type='text'
            placeholder='办公电话，如 0377-63123456'
            value={workPhone}
            onChange={setWorkPhone}
          />
        </Cell>
      ) : null}
      <Cell>
        <Button
          size='small'
          type='primary'
          className='card-phone-save'
          loading={busy}
          onClick={() => void save()}
        >
          保存
        </Button>
        {message ? <Text className='me-page__hint card-phone-msg'>{message}</Text> : null}
      </Cell>
    </CellGroup>
  )
}
