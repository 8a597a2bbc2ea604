import { useState } from 'react'
import { View, Text, Input } from '@tarojs/components'
import { Button, TextArea } from '@nutui/nutui-react-taro'
import { RISK_TYPE } from '@contract/domain/monitoring'
import { AsyncGate } from '@/components/async-gate'
import { VillagePicker } from '@/components/village-picker'
import { Chips, toggled } from '@/components/monitor-chips'
import { useMonitorApply, type ApplyForm } from '@/hooks/use-monitor-apply'
import '../../monitor.scss'

const EMPTY: ApplyForm = { idNumber: '', phone: '', code: '', risks: [], income: '', rigid: '', text: '' }

/** 农户自主申报 (public, no binding): the head's ID number, phone and the code the village gave them. */
export default function ApplyPage() {
  const a = useMonitorApply()
  const [form, setForm] = useState<ApplyForm>(EMPTY)
  const set = (patch: Partial<ApplyForm>) => setForm({ ...form, ...patch })
  if (!a.village) {
    return (
      <View className='zc-page monitor-apply'>
        <Text className='zc-m__intro'>请选择您所在的村</Text>
        <AsyncGate state={a.villages.state} onRetry={a.villages.reload}>
          {({ villages }) => <VillagePicker villages={villages} onChoose={a.choose} />}
        </AsyncGate>
      </View>
    )
  }
  if (a.sent) {
    return (
      <View className='zc-page monitor-apply'>
        <Text className='zc-m__msg monitor-apply-sent'>{`申报已提交。${a.sent}将组织民主评议，结果会在本村公示。`}</Text>
      </View>
    )
  }
  const ready = form.idNumber && form.phone && form.code && form.risks.length > 0 && form.text.trim()
  return (
    <View className='zc-page monitor-apply'>
      <Text className='zc-m__intro'>
        家里因病、因灾、因意外等遇到困难，可能影响基本生活的，可在此申报防返贫监测。验证码请到村委会领取（村干部核实户主身份后当面给出）；也可直接到村委会当面申报。
      </Text>
      <View className='zc-m__form'>
        <Text className='zc-m__label'>户主身份证号</Text>
        <Input
          className='zc-m__field apply-id'
          maxlength={18}
          value={form.idNumber}
          onInput={(e) => set({ idNumber: e.detail.value })}
        />
        <Text className='zc-m__label'>户主登记的手机号</Text>
        <Input
          className='zc-m__field apply-phone'
          type='number'
          maxlength={11}
          value={form.phone}
          onInput={(e) => set({ phone: e.detail.value })}
        />
        <Text className='zc-m__label'>验证码（村里给的 8 位码）</Text>
        <Input
          className='zc-m__field apply-code'
          maxlength={9}
          value={form.code}
          onInput={(e) => set({ code: e.detail.value })}
        />
        <Text className='zc-m__label'>遇到的困难（可多选）</Text>
        <Chips
          name='apply-risk'
          keys={RISK_TYPE.keys}
          labels={RISK_TYPE.labels}
          chosen={form.risks}
          onToggle={(k) => set({ risks: toggled(form.risks, k) })}
        />
        <Text className='zc-m__label'>家庭人均纯收入（元/年，可不填）</Text>
        <Input
          className='zc-m__field apply-income'
          type='number'
          value={form.income}
          onInput={(e) => set({ income: e.detail.value })}
        />
        <Text className='zc-m__label'>医疗、上学等必需支出（元/年，可不填）</Text>
        <Input
          className='zc-m__field apply-rigid'
          type='number'
          value={form.rigid}
          onInput={(e) => set({ rigid: e.detail.value })}
        />
        <TextArea
          className='apply-text'
          placeholder='请说明情况'
          maxLength={500}
          value={form.text}
          onChange={(v) => set({ text: v })}
        />
        <Button
          type='primary'
          block
          className='apply-submit'
          disabled={a.busy || !ready}
          onClick={() => void a.submit(form)}
        >
          提交申报
        </Button>
      </View>
      {a.message ? <Text className='zc-m__warn apply-message'>{a.message}</Text> : null}
      <Text className='zc-m__meta' onClick={() => a.choose(null)}>
        切换村
      </Text>
    </View>
  )
}
