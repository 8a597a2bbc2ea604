import { useState } from 'react'
import Taro from '@tarojs/taro'
import { View, Text, Input } from '@tarojs/components'
import { Button, Cell, CellGroup, TextArea } from '@nutui/nutui-react-taro'
import { RISK_TYPE, type RiskType } from '@contract/domain/monitoring'
import { PagedFooter } from '@/components/paged-footer'
import { Chips, toggled } from '@/components/monitor-chips'
import { useMonitorStart } from '@/hooks/use-monitor-start'
import '../../monitor.scss'

const yuan = (s: string): number | undefined => (s.trim() === '' ? undefined : Number(s.trim()))

/** At the village: a household's application taken by a cadre, its code for the public page, or 风险消除. */
export default function StartPage() {
  const m = useMonitorStart()
  const [risks, setRisks] = useState<RiskType[]>([])
  const [income, setIncome] = useState('')
  const [rigid, setRigid] = useState('')
  const [note, setNote] = useState('')
  if (!m.chosen) {
    return (
      <View className='zc-page monitor-start'>
        <Text className='zc-m__intro'>选择农户</Text>
        <CellGroup>
          {m.households.items.map((h) => (
            <Cell
              key={h.id}
              className='monitor-household'
              title={h.headName}
              description={`${h.idMasked} · ${h.members.length} 人`}
              extra='›'
              clickable
              onClick={() => m.choose({ id: h.id, headName: h.headName })}
            />
          ))}
        </CellGroup>
        <PagedFooter list={m.households} empty='本村暂无农户' />
      </View>
    )
  }
  const incomeValue = yuan(income)
  return (
    <View className='zc-page monitor-start'>
      <View className='zc-m__bar'>
        <Text className='zc-m__head'>{`${m.chosen.headName}户`}</Text>
        <Text className='zc-m__meta' onClick={() => m.choose(null)}>
          换一户
        </Text>
      </View>
      <View className='zc-m__form'>
        <Text className='zc-m__label'>风险类型（登记申报时必选）</Text>
        <Chips
          name='monitor-risk'
          keys={RISK_TYPE.keys}
          labels={RISK_TYPE.labels}
          chosen={risks}
          onToggle={(k) => setRisks(toggled(risks, k))}
        />
        <Text className='zc-m__label'>人均纯收入（元/年）</Text>
        <Input
          className='zc-m__field monitor-income'
          type='number'
          value={income}
          onInput={(e) => setIncome(e.detail.value)}
        />
        <Text className='zc-m__label'>刚性支出（医疗、教育，元/年）</Text>
        <Input
          className='zc-m__field monitor-rigid'
          type='number'
          value={rigid}
          onInput={(e) => setRigid(e.detail.value)}
        />
        <TextArea
          className='monitor-note'
          placeholder='情况说明（必填）'
          maxLength={500}
          value={note}
          onChange={setNote}
        />
        <View className='zc-m__row'>
          <Button
            type='primary'
            size='small'
            className='monitor-record'
            disabled={m.busy || risks.length === 0 || !note.trim()}
            onClick={() => void m.record({ risks, income: incomeValue, rigid: yuan(rigid), note })}
          >
            代为登记申报
          </Button>
          <Button
            size='small'
            className='monitor-issue-code'
            disabled={m.busy}
            onClick={() => void m.issue()}
          >
            生成申报验证码
          </Button>
          <Button
            size='small'
            className='monitor-clear'
            disabled={m.busy || incomeValue === undefined || !note.trim()}
            onClick={() =>
              incomeValue !== undefined && void m.clear({ income: incomeValue, rigid: yuan(rigid), note })
            }
          >
            发起风险消除
          </Button>
        </View>
      </View>
      {m.code ? (
        <View className='zc-m__card monitor-code'>
          <Text className='zc-m__meta'>
            请当面交给户主：在本村“防返贫监测申报”页面填写身份证号、登记的手机号和此验证码
          </Text>
          <Text className='zc-m__code'>{m.code.code}</Text>
          <Text className='zc-m__meta'>{`有效期至 ${m.code.expiresAt.slice(0, 10)}，仅可使用一次；本次生成已记入审计日志`}</Text>
        </View>
      ) : null}
      {m.message ? <Text className='zc-m__msg monitor-message'>{m.message}</Text> : null}
      {m.caseId ? (
        <Text
          className='zc-m__meta monitor-open-case'
          onClick={() =>
            void Taro.redirectTo({ url: `/packages/monitor/pages/case/index?id=${m.caseId ?? ''}` })
          }
        >
          查看该事项 ›
        </Text>
      ) : null}
    </View>
  )
}
