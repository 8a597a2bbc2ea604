import { useState } from 'react'
import { View, Text, Input } from '@tarojs/components'
import { Button, TextArea } from '@nutui/nutui-react-taro'
import { MONITOR_TYPE, RISK_TYPE } from '@contract/domain/monitoring'
import { checkIncome } from '@contract/domain/monitoring-flow'
import type { CaseDetail } from '@contract/api/monitor-schemas'
import type { StepForm } from '@/hooks/use-monitor-case'
import { Chips, toggled } from '../monitor-chips'

/**
 * The step the caller may take: a written note, pass or reject. The village review also settles the
 * 监测类型, the risks and the income; the page checks the income against the line as the server does.
 */
export function StepAction({
  c,
  busy,
  onDecide,
}: {
  c: CaseDetail
  busy: boolean
  onDecide: (outcome: 'pass' | 'reject', form: StepForm) => void
}) {
  const [form, setForm] = useState<StepForm>({
    note: '',
    monitorType: c.monitorType,
    risks: c.risks,
    income: c.incomePerCapita === null ? '' : String(c.incomePerCapita),
    rigid: c.rigidExpense === null ? '' : String(c.rigidExpense),
    incomeReason: '',
  })
  if (!c.action) return null
  if (!c.action.allowed) return <Text className='zc-m__msg monitor-why'>{c.action.why}</Text>
  const village = c.step === 'candidate'
  const num = (s: string) => (s.trim() === '' ? null : Number(s))
  const income = village
    ? checkIncome(c.kind, num(form.income), num(form.rigid), c.income.line)
    : { needsReason: false, text: c.income.text }
  const set = (patch: Partial<StepForm>) => setForm({ ...form, ...patch })
  const passBlocked =
    !form.note.trim() ||
    (village && c.kind === 'inclusion' && !form.monitorType) ||
    (income.needsReason && !form.incomeReason.trim())
  return (
    <View className='zc-m__form monitor-action'>
      <Text className='zc-m__head'>{c.action.label}</Text>
      {village ? (
        <>
          {c.kind === 'inclusion' ? (
            <>
              <Text className='zc-m__label'>监测对象类型</Text>
              <Chips
                name='monitor-type'
                keys={MONITOR_TYPE.keys}
                labels={MONITOR_TYPE.labels}
                chosen={form.monitorType ? [form.monitorType] : []}
                onToggle={(k) => set({ monitorType: k })}
              />
            </>
          ) : null}
          <Text className='zc-m__label'>风险类型</Text>
          <Chips
            name='monitor-risk'
            keys={RISK_TYPE.keys}
            labels={RISK_TYPE.labels}
            chosen={form.risks}
            onToggle={(k) => set({ risks: toggled(form.risks, k) })}
          />
          <Text className='zc-m__label'>人均纯收入（元/年）</Text>
          <Input
            className='zc-m__field monitor-income'
            type='number'
            value={form.income}
            onInput={(e) => set({ income: e.detail.value })}
          />
          <Text className='zc-m__label'>刚性支出（医疗、教育，元/年）</Text>
          <Input
            className='zc-m__field monitor-rigid'
            type='number'
            value={form.rigid}
            onInput={(e) => set({ rigid: e.detail.value })}
          />
          <Text className='zc-m__meta monitor-income-check'>{income.text}</Text>
        </>
      ) : null}
      {income.needsReason ? (
        <TextArea
          className='monitor-income-reason'
          placeholder={
            c.kind === 'inclusion'
              ? '收入不低于监测标准且无刚性支出：写明纳入理由'
              : '收入未稳定高于监测标准：写明消除理由'
          }
          maxLength={300}
          value={form.incomeReason}
          onChange={(v) => set({ incomeReason: v })}
        />
      ) : null}
      <TextArea
        className='monitor-note'
        placeholder='办理意见（必填，记入事项记录）'
        maxLength={500}
        value={form.note}
        onChange={(v) => set({ note: v })}
      />
      <View className='zc-m__row'>
        <Button
          type='primary'
          size='small'
          className='monitor-pass'
          disabled={busy || passBlocked}
          onClick={() => onDecide('pass', form)}
        >
          通过
        </Button>
        <Button
          size='small'
          className='monitor-reject'
          disabled={busy || !form.note.trim()}
          onClick={() => onDecide('reject', form)}
        >
          不通过
        </Button>
      </View>
    </View>
  )
}
