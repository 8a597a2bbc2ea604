import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import { Button, Cell, CellGroup, Input } from '@nutui/nutui-react-taro'
import { stricterParts } from '@contract/domain/county-policy'
import type { SettingsView, UpdateSettingsInput } from '@contract/api/org-settings'
import { SectionHead, shortTime } from './section-head'
import { ReasonField } from './reason-field'

interface Props {
  view: SettingsView
  busy: boolean
  message: string | null
  save: (input: UpdateSettingsInput) => Promise<boolean>
}

function runText(run: SettingsView['lastRuns']['checkIns'], verb: string): string {
  return run ? `${shortTime(run.at)}，${verb} ${run.count} 条` : '尚未运行'
}

/** 数据保留: how long raw coordinates and households' personal data are kept, and the last runs. */
export function RetentionSection({ view, busy, message, save }: Props) {
  const v = view.retention.values
  const [days, setDays] = useState(String(v.checkInDays))
  const [years, setYears] = useState(String(v.householdYears))
  const [reason, setReason] = useState('')
  const next = { checkInDays: Number(days), householdYears: Number(years) }
  const valid = Number.isInteger(next.checkInDays) && Number.isInteger(next.householdYears)
  const stricter = valid ? stricterParts('retention', view.defaults.retention, next) : []
  const added = valid ? stricterParts('retention', v, next) : []
  const submit = async () => {
    if (await save({ section: 'retention', values: next, reason })) setReason('')
  }
  return (
    <View className='cs-section cs-section--retention'>
      <SectionHead title='数据保留' name='retention' meta={view.retention} />
      <CellGroup>
        <Cell>
          <Text className='cs-label'>签到坐标与设备号保留（天）</Text>
          <Input className='retention-days' type='number' value={days} onChange={(s: string) => setDays(s)} />
        </Cell>
        <Cell>
          <Text className='cs-label'>已移出农户的个人信息保留（年）</Text>
          <Input
            className='retention-years'
            type='number'
            value={years}
            onChange={(s: string) => setYears(s)}
          />
        </Cell>
        <Cell
          className='retention-run-checkins'
          title='坐标粗化上次运行'
          description={runText(view.lastRuns.checkIns, '粗化')}
        />
        <Cell
          className='retention-run-households'
          title='农户信息清除上次运行'
          description={runText(view.lastRuns.households, '清除')}
        />
      </CellGroup>
      <Text className='cs-note'>
        到期后只删除经纬度、定位精度和设备号；是否计入在村、距离和核实提示保留。
      </Text>
      <ReasonField
        name='retention'
        stricter={stricter}
        added={added}
        kept={view.retention.reason}
        value={reason}
        onChange={setReason}
      />
      <View className='cs-actions'>
        <Button type='primary' className='retention-save' loading={busy} onClick={() => void submit()}>
          保存数据保留设置
        </Button>
      </View>
      {message ? <Text className='cs-msg retention-msg'>{message}</Text> : null}
    </View>
  )
}
