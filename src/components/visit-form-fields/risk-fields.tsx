import { View, Text } from '@tarojs/components'
import { Input } from '@nutui/nutui-react-taro'
import {
  OFFERED_RISKS,
  RISK,
  type FormIssue,
  type RiskKey,
  type VisitForm,
} from '@contract/domain/visit-form'
import { FieldLabel } from '@/components/field-label'

interface Props {
  form: VisitForm
  set: (change: (f: VisitForm) => VisitForm) => void
  issues: FormIssue[]
  disabled?: boolean
}

const yuan = (v: string) => Math.min(10_000_000, Math.max(0, Math.round(Number(v) || 0)))
const shown = (n: number | undefined) => (n ? String(n) : '')
const chip = (on: boolean, extra: string) => `zc-vf__chip ${extra} ${on ? 'zc-vf__chip--on' : ''}`

/**
 * 防返贫监测 on the visit: 人均纯收入, 刚性支出 (medical, schooling) and the standard risk list. A risk
 * found offers 发起监测识别: the village reviews it as a candidate; it is never a fault of the visitor.
 */
export function RiskFields({ form, set, issues, disabled }: Props) {
  const rigid = form.rigidExpense ?? { medical: 0, schooling: 0 }
  // Risks of the 2020 form (失业, 收入骤降) stay visible on an old visit so they can be taken off.
  const keys: RiskKey[] = [...OFFERED_RISKS, ...form.risks.filter((r) => !OFFERED_RISKS.some((o) => o === r))]
  const toggle = (k: RiskKey) =>
    set((f) => {
      const risks = f.risks.includes(k) ? f.risks.filter((x) => x !== k) : [...f.risks, k]
      return { ...f, risks, startMonitoring: risks.length > 0 && (f.startMonitoring ?? false) }
    })
  const issue = issues.find((i) => i.path[0] === 'startMonitoring')?.message
  return (
    <View className='visit-risk-fields'>
      <Text className='zc-vf__section'>收入与刚性支出（元/年）</Text>
      <FieldLabel text='人均纯收入' />
      <Input
        className='visit-income-per-capita'
        type='digit'
        placeholder='人均纯收入（元/年）'
        disabled={disabled}
        value={shown(form.incomePerCapita)}
        onChange={(v) => set((f) => ({ ...f, incomePerCapita: yuan(v) }))}
      />
      <FieldLabel text='医疗刚性支出（自付部分）' />
      <Input
        className='visit-rigid-medical'
        type='digit'
        placeholder='医疗支出（元/年）'
        disabled={disabled}
        value={shown(rigid.medical)}
        onChange={(v) => set((f) => ({ ...f, rigidExpense: { ...rigid, medical: yuan(v) } }))}
      />
      <FieldLabel text='教育刚性支出' />
      <Input
        className='visit-rigid-schooling'
        type='digit'
        placeholder='教育支出（元/年）'
        disabled={disabled}
        value={shown(rigid.schooling)}
        onChange={(v) => set((f) => ({ ...f, rigidExpense: { ...rigid, schooling: yuan(v) } }))}
      />
      <Text className='zc-vf__section'>发现的风险</Text>
      <View className='zc-vf__chips'>
        {keys.map((k) => (
          <Text
            key={k}
            className={chip(form.risks.includes(k), `visit-risk visit-risk--${k}`)}
            onClick={() => toggle(k)}
          >
            {RISK.labels[k]}
          </Text>
        ))}
      </View>
      {form.risks.length > 0 ? (
        <View className='zc-vf__item visit-start-monitoring-box'>
          <View className='zc-vf__row'>
            <View className='zc-vf__grow'>
              <Text className='zc-vf__label'>发起监测识别</Text>
              <Text className='zc-vf__hint'>
                提交后作为监测对象识别候选交村级评议；发现风险是尽责，不记为问题
              </Text>
            </View>
            <Text
              className={chip(form.startMonitoring === true, 'visit-start-monitoring')}
              onClick={() => set((f) => ({ ...f, startMonitoring: !f.startMonitoring }))}
            >
              {form.startMonitoring ? '已选择' : '发起'}
            </Text>
          </View>
        </View>
      ) : null}
      {issue ? <Text className='zc-vf__issue'>{issue}</Text> : null}
    </View>
  )
}
