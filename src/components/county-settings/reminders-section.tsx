import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import { Button, Cell, CellGroup, Switch } from '@nutui/nutui-react-taro'
import { stricterParts } from '@contract/domain/county-policy'
import type { SettingsView } from '@contract/api/org-settings'
import type { UpdateSettingsInput } from '@contract/api/org-settings'
import { SectionHead } from './section-head'
import { ReasonField } from './reason-field'

interface Props {
  view: SettingsView
  busy: boolean
  message: string | null
  save: (input: UpdateSettingsInput) => Promise<boolean>
}

/** 提醒: the daily presence reminder is off by default; the fixed times of every scheduled reminder. */
export function RemindersSection({ view, busy, message, save }: Props) {
  const [presenceDaily, setPresenceDaily] = useState(view.reminders.values.presenceDaily)
  const [reason, setReason] = useState('')
  const stricter = stricterParts('reminders', view.defaults.reminders, { presenceDaily })
  const added = stricterParts('reminders', view.reminders.values, { presenceDaily })
  const submit = async () => {
    if (await save({ section: 'reminders', values: { presenceDaily }, reason })) setReason('')
  }
  return (
    <View className='cs-section cs-section--reminders'>
      <SectionHead title='提醒' name='reminders' meta={view.reminders} />
      <CellGroup>
        <Cell
          title='每日在村记录提醒'
          description='默认关闭：在村记录不是打卡，不提醒、不统计登录与在线时长'
          extra={
            <Switch
              className='reminders-presence'
              checked={presenceDaily}
              onChange={(v: boolean) => setPresenceDaily(v)}
            />
          }
        />
        {view.reminderTimes.map((t) => (
          <Cell key={t.label} className='cs-time' title={t.label} extra={t.when} />
        ))}
      </CellGroup>
      <ReasonField
        name='reminders'
        stricter={stricter}
        added={added}
        kept={view.reminders.reason}
        value={reason}
        onChange={setReason}
      />
      <View className='cs-actions'>
        <Button type='primary' className='reminders-save' loading={busy} onClick={() => void submit()}>
          保存提醒设置
        </Button>
      </View>
      {message ? <Text className='cs-msg reminders-msg'>{message}</Text> : null}
      <Text className='cs-note'>提醒时间由系统定时任务决定（每个云函数一个定时器），此处仅显示。</Text>
    </View>
  )
}
