import { View, Text } from '@tarojs/components'
import { Input, TextArea } from '@nutui/nutui-react-taro'
import {
  CHECK,
  CHECK_HINTS,
  HELP,
  HOUSE_CLASS,
  INCOME_SOURCE,
  SATISFACTION,
  type FormIssue,
  type VisitForm,
} from '@contract/domain/visit-form'
import { FieldLabel } from '@/components/field-label'
import { RiskFields } from './risk-fields'
import './index.scss'

interface Props {
  form: VisitForm
  onChange: (change: (f: VisitForm) => VisitForm) => void
  issues: FormIssue[]
  disabled?: boolean
}

const chip = (on: boolean, extra: string) => `zc-vf__chip ${extra} ${on ? 'zc-vf__chip--on' : ''}`
const toggle = <K extends string>(list: readonly K[], k: K): K[] =>
  list.includes(k) ? list.filter((x) => x !== k) : [...list, k]

function Chips<K extends string>({
  labels,
  keys,
  selected,
  onToggle,
  cls,
}: {
  labels: Record<K, string>
  keys: readonly K[]
  selected: readonly K[]
  onToggle: (k: K) => void
  cls: string
}) {
  return (
    <View className='zc-vf__chips'>
      {keys.map((k) => (
        <Text
          key={k}
          className={chip(selected.includes(k), `${cls} ${cls}--${k}`)}
          onClick={() => onToggle(k)}
        >
          {labels[k]}
        </Text>
      ))}
    </View>
  )
}

/** 两不愁三保障 + 饮水安全 as a checklist (a note under every 否), then income, 监测 (income per head, 刚性支出, risks), problems, help, satisfaction. */
export function VisitFormFields({ form, onChange, issues, disabled }: Props) {
  const issueAt = (path: string) => issues.find((i) => i.path.join('.') === path)?.message
  const set = (change: (f: VisitForm) => VisitForm) => {
    if (!disabled) onChange(change)
  }
  return (
    <View className='zc-vf'>
      <Text className='zc-vf__section'>两不愁三保障及饮水安全</Text>
      {CHECK.keys.map((key) => {
        const c = form.checks[key]
        const answer = (ok: boolean) =>
          set((f) => ({ ...f, checks: { ...f.checks, [key]: { ...f.checks[key], ok } } }))
        const note =
          issueAt(`checks.${key}.note`) ?? (key === 'housing' ? issueAt('checks.housing.ok') : undefined)
        return (
          <View key={key} className={`zc-vf__item visit-check visit-check--${key}`}>
            <View className='zc-vf__row'>
              <View className='zc-vf__grow'>
                <Text className='zc-vf__label'>{CHECK.labels[key]}</Text>
                <Text className='zc-vf__hint'>{CHECK_HINTS[key]}</Text>
              </View>
              <Text className={chip(c.ok, 'visit-yes')} onClick={() => answer(true)}>
                是
              </Text>
              <Text className={chip(!c.ok, 'visit-no')} onClick={() => answer(false)}>
                否
              </Text>
            </View>
            {key === 'housing' ? (
              <Chips
                labels={HOUSE_CLASS.labels}
                keys={HOUSE_CLASS.keys}
                selected={form.checks.housing.houseClass ? [form.checks.housing.houseClass] : []}
                cls='visit-house'
                onToggle={(k) =>
                  set((f) => ({
                    ...f,
                    checks: {
                      ...f.checks,
                      housing: {
                        ...f.checks.housing,
                        houseClass: f.checks.housing.houseClass === k ? null : k,
                      },
                    },
                  }))
                }
              />
            ) : null}
            {!c.ok ? (
              <>
                <FieldLabel text='发现的情况' />
                <TextArea
                  className={`visit-note visit-note--${key}`}
                  placeholder='请写明发现的情况（必填）'
                  maxLength={200}
                  value={c.note}
                  disabled={disabled}
                  onChange={(v) =>
                    set((f) => ({ ...f, checks: { ...f.checks, [key]: { ...f.checks[key], note: v } } }))
                  }
                />
              </>
            ) : null}
            {note ? <Text className='zc-vf__issue'>{note}</Text> : null}
          </View>
        )
      })}
      <Text className='zc-vf__section'>收入</Text>
      <FieldLabel text='家庭年纯收入估算（元）' />
      <Input
        className='visit-income'
        type='digit'
        placeholder='家庭年纯收入估算（元）'
        disabled={disabled}
        value={form.income.annualEstimate ? String(form.income.annualEstimate) : ''}
        onChange={(v) =>
          set((f) => ({
            ...f,
            income: {
              ...f.income,
              annualEstimate: Math.min(10_000_000, Math.max(0, Math.round(Number(v) || 0))),
            },
          }))
        }
      />
      <Chips
        labels={INCOME_SOURCE.labels}
        keys={INCOME_SOURCE.keys}
        selected={form.income.sources}
        cls='visit-source'
        onToggle={(k) =>
          set((f) => ({ ...f, income: { ...f.income, sources: toggle(f.income.sources, k) } }))
        }
      />
      <RiskFields form={form} set={set} issues={issues} disabled={disabled} />
      <FieldLabel text='存在的问题' />
      <TextArea
        className='visit-problems'
        placeholder='存在的问题'
        maxLength={1000}
        value={form.problems}
        disabled={disabled}
        onChange={(v) => set((f) => ({ ...f, problems: v }))}
      />
      <Text className='zc-vf__section'>帮扶措施与本次帮扶情况</Text>
      <Chips
        labels={HELP.labels}
        keys={HELP.keys}
        selected={form.help.measures}
        cls='visit-help'
        onToggle={(k) => set((f) => ({ ...f, help: { ...f.help, measures: toggle(f.help.measures, k) } }))}
      />
      <FieldLabel text='本次帮扶情况' />
      <TextArea
        className='visit-help-text'
        placeholder='本次帮扶情况'
        maxLength={1000}
        value={form.help.text}
        disabled={disabled}
        onChange={(v) => set((f) => ({ ...f, help: { ...f.help, text: v } }))}
      />
      <Text className='zc-vf__section'>群众满意度</Text>
      <Chips
        labels={SATISFACTION.labels}
        keys={SATISFACTION.keys}
        selected={[form.satisfaction]}
        cls='visit-satisfaction'
        onToggle={(k) => set((f) => ({ ...f, satisfaction: k }))}
      />
    </View>
  )
}
