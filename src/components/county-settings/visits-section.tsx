import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import { Button, Cell, CellGroup, TextArea } from '@nutui/nutui-react-taro'
import { PERIOD_MONTHS, PERIOD_MONTH_LABELS, type PeriodMonths } from '@contract/domain/visit-period'
import type { VisitPeriodView } from '@/hooks/use-visit-period'
import { SectionHead } from './section-head'

interface Props {
  view: VisitPeriodView
  busy: boolean
  message: string | null
  save: (months: PeriodMonths, reason: string) => Promise<boolean>
}

const isPeriod = (n: number): n is PeriodMonths => PERIOD_MONTHS.some((m) => m === n)

/** 走访周期: how often each paired household is visited at least once; a change starts with the next period. */
export function VisitsSection({ view, busy, message, save }: Props) {
  const [months, setMonths] = useState<PeriodMonths>(isPeriod(view.periodMonths) ? view.periodMonths : 1)
  const [reason, setReason] = useState('')
  const submit = async () => {
    if (await save(months, reason)) setReason('')
  }
  return (
    <View className='cs-section cs-section--visits'>
      <SectionHead title='走访周期' name='visits' />
      <CellGroup>
        <Cell
          className='visits-current'
          title={`现行：${view.label}`}
          description={`当前周期 ${view.currentPeriodLabel}${view.reason ? `；理由：${view.reason}` : ''}`}
        />
        <Cell>
          <View className='cs-chips'>
            {PERIOD_MONTHS.map((m) => (
              <Text
                key={m}
                className={`cs-chip visits-period visits-period--${m} ${months === m ? 'cs-chip--on' : ''}`}
                onClick={() => setMonths(m)}
              >
                {PERIOD_MONTH_LABELS[m]}
              </Text>
            ))}
          </View>
        </Cell>
      </CellGroup>
      <View className='cs-reason'>
        <TextArea
          className='cs-reason__input visits-reason'
          placeholder='理由（必填，自下一个完整周期起生效）'
          maxLength={200}
          value={reason}
          onChange={setReason}
        />
      </View>
      <View className='cs-actions'>
        <Button type='primary' className='visits-save' loading={busy} onClick={() => void submit()}>
          保存走访周期
        </Button>
      </View>
      {message ? <Text className='cs-msg visits-msg'>{message}</Text> : null}
    </View>
  )
}
