import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import { Button, Cell, CellGroup, Input, Switch } from '@nutui/nutui-react-taro'
import { stricterParts } from '@contract/domain/county-policy'
import { LEAVE_TYPE_LABELS, LEAVE_TYPES, type LeaveType } from '@contract/domain/presence'
import type { LeaveRules } from '@contract/domain/leave-policy'
import type { SettingsView, UpdateSettingsInput } from '@contract/api/org-settings'
import { SectionHead } from './section-head'
import { ReasonField } from './reason-field'

interface Props {
  view: SettingsView
  busy: boolean
  message: string | null
  save: (input: UpdateSettingsInput) => Promise<boolean>
}

/** An empty box means no cap; anything else must be a whole number (the server says so in Chinese). */
const capOf = (s: string): number | null => (s.trim() === '' ? null : Number(s))

/** 请假与补助: which leave types count as days in the village, annual caps per type, the daily subsidy. */
export function LeaveSection({ view, busy, message, save }: Props) {
  const v = view.leave.values
  const [counts, setCounts] = useState(v.counts)
  const shown = (t: LeaveType) => (v.caps[t] === null ? '' : String(v.caps[t]))
  const [caps, setCaps] = useState<Record<LeaveType, string>>({
    personal: shown('personal'),
    sick: shown('sick'),
    official: shown('official'),
    training: shown('training'),
    other: shown('other'),
  })
  const [rate, setRate] = useState(v.dailySubsidy === null ? '' : String(v.dailySubsidy))
  const [reason, setReason] = useState('')
  const next: LeaveRules = {
    counts,
    caps: {
      personal: capOf(caps.personal),
      sick: capOf(caps.sick),
      official: capOf(caps.official),
      training: capOf(caps.training),
      other: capOf(caps.other),
    },
    dailySubsidy: rate.trim() === '' ? null : Number(rate),
  }
  const stricter = stricterParts('leave', view.defaults.leave, next)
  const added = stricterParts('leave', v, next)
  const submit = async () => {
    if (await save({ section: 'leave', values: next, reason })) setReason('')
  }
  return (
    <View className='cs-section cs-section--leave'>
      <SectionHead title='请假与补助' name='leave' meta={view.leave} />
      <CellGroup>
        {LEAVE_TYPES.map((t) => (
          <Cell key={t} className={`leave-type leave-type--${t}`}>
            <Text className='cs-label'>{LEAVE_TYPE_LABELS[t]}：计入在村天数</Text>
            <Switch
              className={`leave-counts-${t}`}
              checked={counts[t]}
              onChange={(on: boolean) => setCounts((c) => ({ ...c, [t]: on }))}
            />
            <Input
              className={`leave-cap-${t}`}
              type='number'
              placeholder='每年上限（天），不填为不限'
              value={caps[t]}
              onChange={(s: string) => setCaps((c) => ({ ...c, [t]: s }))}
            />
          </Cell>
        ))}
        <Cell>
          <Text className='cs-label'>生活补助（元/天，不填为未设置）</Text>
          <Input className='leave-subsidy' type='digit' value={rate} onChange={(s: string) => setRate(s)} />
        </Cell>
      </CellGroup>
      <Text className='cs-note'>
        不计入的请假准假后不算缺勤，但不计入每月在村天数；补助按在村天数加计入的请假天数计算。
      </Text>
      <ReasonField
        name='leave'
        stricter={stricter}
        added={added}
        kept={view.leave.reason}
        value={reason}
        onChange={setReason}
      />
      <View className='cs-actions'>
        <Button type='primary' className='leave-save' loading={busy} onClick={() => void submit()}>
          保存请假与补助设置
        </Button>
      </View>
      {message ? <Text className='cs-msg leave-msg'>{message}</Text> : null}
    </View>
  )
}
