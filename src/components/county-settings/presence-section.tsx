import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import { Button, Cell, CellGroup, Input, Switch } from '@nutui/nutui-react-taro'
import { stricterParts } from '@contract/domain/county-policy'
import type { SettingsView, UpdateSettingsInput } from '@contract/api/org-settings'
import { SectionHead } from './section-head'
import { ReasonField } from './reason-field'

interface Props {
  view: SettingsView
  busy: boolean
  message: string | null
  save: (input: UpdateSettingsInput) => Promise<boolean>
}

const SLOTS = [
  { n: 1, label: '每日一次' },
  { n: 2, label: '上午、下午各一次' },
] as const

/** 在村履职: days a month, the check-in slots, whether a photo is required. */
export function PresenceSection({ view, busy, message, save }: Props) {
  const v = view.presence.values
  const [days, setDays] = useState(String(v.requiredDays))
  const [perDay, setPerDay] = useState<1 | 2>(v.checkInsPerDay)
  const [photo, setPhoto] = useState(v.photoRequired)
  const [reason, setReason] = useState('')
  const requiredDays = Number(days)
  const next = { requiredDays, checkInsPerDay: perDay, photoRequired: photo }
  const valid = Number.isInteger(requiredDays)
  const stricter = valid ? stricterParts('presence', view.defaults.presence, next) : []
  const added = valid ? stricterParts('presence', v, next) : []
  const submit = async () => {
    if (await save({ section: 'presence', values: next, reason })) setReason('')
  }
  return (
    <View className='cs-section cs-section--presence'>
      <SectionHead title='在村履职规则' name='presence' meta={view.presence} />
      <CellGroup>
        <Cell>
          <Text className='cs-label'>每月在村天数</Text>
          <Input className='presence-days' type='number' value={days} onChange={(s: string) => setDays(s)} />
        </Cell>
        <Cell>
          <View className='cs-chips'>
            <Text className='cs-label'>签到时段</Text>
            {SLOTS.map((s) => (
              <Text
                key={s.n}
                className={`cs-chip presence-slots presence-slots--${s.n} ${perDay === s.n ? 'cs-chip--on' : ''}`}
                onClick={() => setPerDay(s.n)}
              >
                {s.label}
              </Text>
            ))}
          </View>
        </Cell>
        <Cell
          title='签到须附现场照片'
          description='默认可选：不强制拍照留痕'
          extra={<Switch className='presence-photo' checked={photo} onChange={(b: boolean) => setPhoto(b)} />}
        />
      </CellGroup>
      <ReasonField
        name='presence'
        stricter={stricter}
        added={added}
        kept={view.presence.reason}
        value={reason}
        onChange={setReason}
      />
      <View className='cs-actions'>
        <Button type='primary' className='presence-save' loading={busy} onClick={() => void submit()}>
          保存在村履职规则
        </Button>
      </View>
      {message ? <Text className='cs-msg presence-msg'>{message}</Text> : null}
    </View>
  )
}
