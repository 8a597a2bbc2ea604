import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import { Button, Cell, CellGroup, TextArea } from '@nutui/nutui-react-taro'
import { HOUSEHOLD_KIND } from '@contract/domain/monitoring'
import { KIND_PERIOD_CHOICES, KIND_PERIOD_LABELS, type KindPeriods } from '@contract/domain/kind-periods'
import type { VisitPeriodView } from '@/hooks/use-visit-period'
import { SectionHead } from './section-head'

interface Props {
  view: VisitPeriodView
  busy: boolean
  message: string | null
  save: (byKind: KindPeriods, reason: string) => Promise<boolean>
}

/** 走访周期 by household kind: 本周期 of each household follows it (监测对象 monthly, 脱贫户 quarterly by default). */
export function KindPeriodsSection({ view, busy, message, save }: Props) {
  const [byKind, setByKind] = useState<KindPeriods>(view.byKind)
  const [reason, setReason] = useState('')
  const submit = async () => {
    if (await save(byKind, reason)) setReason('')
  }
  return (
    <View className='cs-section cs-section--kind-periods'>
      <SectionHead title='按农户类型的走访周期' name='kind-periods' />
      <CellGroup>
        <Cell
          className='kind-periods-current'
          title={`现行：${view.byKindLabel}`}
          description={view.byKindReason ? `理由：${view.byKindReason}` : '默认：监测对象每月，脱贫户每季度'}
        />
        {HOUSEHOLD_KIND.keys.map((kind) => (
          <Cell key={kind} title={HOUSEHOLD_KIND.labels[kind]}>
            <View className='cs-chips'>
              {KIND_PERIOD_CHOICES.filter((m) => kind !== 'monitored' || m !== 0).map((m) => (
                <Text
                  key={m}
                  className={`cs-chip kind-period kind-period--${kind}-${m} ${byKind[kind] === m ? 'cs-chip--on' : ''}`}
                  onClick={() => setByKind((b) => ({ ...b, [kind]: m }))}
                >
                  {KIND_PERIOD_LABELS[m]}
                </Text>
              ))}
            </View>
          </Cell>
        ))}
      </CellGroup>
      <View className='cs-reason'>
        <TextArea
          className='cs-reason__input kind-periods-reason'
          placeholder='理由（必填，即时生效）'
          maxLength={200}
          value={reason}
          onChange={setReason}
        />
      </View>
      <View className='cs-actions'>
        <Button type='primary' className='kind-periods-save' loading={busy} onClick={() => void submit()}>
          保存按类型的走访周期
        </Button>
      </View>
      {message ? <Text className='cs-msg kind-periods-msg'>{message}</Text> : null}
    </View>
  )
}
