import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import { Button, Cell, CellGroup, Input, Switch } from '@nutui/nutui-react-taro'
import { stricterParts, type MonitoringSection as Values } from '@contract/domain/county-policy'
import type { SettingsView, UpdateSettingsInput } from '@contract/api/org-settings'
import { SectionHead } from './section-head'
import { ReasonField } from './reason-field'

interface Props {
  view: SettingsView
  busy: boolean
  message: string | null
  save: (input: UpdateSettingsInput) => Promise<boolean>
}

type NumberKey = Exclude<keyof Values, 'publicity'>
const FIELDS: ReadonlyArray<{ key: NumberKey; label: string }> = [
  { key: 'incomeLine', label: '监测标准（元/人·年）' },
  { key: 'lineYear', label: '监测标准年度' },
  { key: 'publicityDays', label: '村级评议公示天数' },
  { key: 'villageDays', label: '村级评议时限（天，含公示）' },
  { key: 'townshipDays', label: '乡镇审核时限（天）' },
  { key: 'countyDays', label: '县级确认时限（天）' },
]

/** 防返贫监测: the year's income line, whether the village review is published, and the days per step. */
export function MonitoringSection({ view, busy, message, save }: Props) {
  const v = view.monitoring.values
  const [text, setText] = useState<Record<NumberKey, string>>({
    incomeLine: String(v.incomeLine),
    lineYear: String(v.lineYear),
    publicityDays: String(v.publicityDays),
    villageDays: String(v.villageDays),
    townshipDays: String(v.townshipDays),
    countyDays: String(v.countyDays),
  })
  const [publicity, setPublicity] = useState(v.publicity)
  const [reason, setReason] = useState('')
  const next: Values = {
    incomeLine: Number(text.incomeLine),
    lineYear: Number(text.lineYear),
    publicity,
    publicityDays: Number(text.publicityDays),
    villageDays: Number(text.villageDays),
    townshipDays: Number(text.townshipDays),
    countyDays: Number(text.countyDays),
  }
  const valid = FIELDS.every((f) => Number.isInteger(next[f.key]))
  const stricter = valid ? stricterParts('monitoring', view.defaults.monitoring, next) : []
  const added = valid ? stricterParts('monitoring', v, next) : []
  const submit = async () => {
    if (await save({ section: 'monitoring', values: next, reason })) setReason('')
  }
  return (
    <View className='cs-section cs-section--monitoring'>
      <SectionHead title='防返贫监测' name='monitoring' meta={view.monitoring} />
      <CellGroup>
        {FIELDS.map((f) => (
          <Cell key={f.key}>
            <Text className='cs-label'>{f.label}</Text>
            <Input
              className={`monitoring-${f.key}`}
              type='number'
              value={text[f.key]}
              onChange={(s: string) => setText({ ...text, [f.key]: s })}
            />
          </Cell>
        ))}
        <Cell>
          <Text className='cs-label'>村级评议结果须在本村公示</Text>
          <Switch className='monitoring-publicity' checked={publicity} onChange={setPublicity} />
        </Cell>
      </CellGroup>
      <Text className='cs-note'>
        监测标准每年由省里确定后在此更新；高于标准且无医疗、教育等刚性支出的农户纳入监测须写明理由。
      </Text>
      <ReasonField
        name='monitoring'
        stricter={stricter}
        added={added}
        kept={view.monitoring.reason}
        value={reason}
        onChange={setReason}
      />
      <View className='cs-actions'>
        <Button type='primary' className='monitoring-save' loading={busy} onClick={() => void submit()}>
          保存防返贫监测设置
        </Button>
      </View>
      {message ? <Text className='cs-msg monitoring-msg'>{message}</Text> : null}
    </View>
  )
}
