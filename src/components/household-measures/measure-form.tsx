import { useState } from 'react'
import { View, Text, Picker } from '@tarojs/components'
import { Button, TextArea } from '@nutui/nutui-react-taro'
import { MEASURE_TYPE, type MeasureType } from '@contract/domain/monitoring'
import type { AssignablePerson } from '@contract/api/visit-measures'
import { FieldLabel } from '@/components/field-label'
import { addDaysTo, todayInChina } from '@/hooks/use-leaves'
import type { MeasureDraft } from '@/hooks/use-measures'

/** 添加帮扶措施: a type, the responsible person (pairing cadres first), start and planned days, a note. */
export function MeasureForm({
  people,
  busy,
  onSubmit,
}: {
  people: AssignablePerson[]
  busy: boolean
  onSubmit: (m: MeasureDraft) => Promise<boolean>
}) {
  const [type, setType] = useState<MeasureType>('industry')
  const [who, setWho] = useState(0)
  const [startDay, setStartDay] = useState(todayInChina)
  const [plannedDay, setPlannedDay] = useState(() => addDaysTo(todayInChina(), 90))
  const [note, setNote] = useState('')
  const person = people[who]
  const submit = async () => {
    if (!person) return
    if (await onSubmit({ type, responsibleId: person.id, startDay, plannedDay, note })) setNote('')
  }
  return (
    <View className='zc-v__card measure-form'>
      <FieldLabel text='措施类型' />
      <View className='measure-types'>
        {MEASURE_TYPE.keys.map((k) => (
          <Text
            key={k}
            className={`measure-type measure-type--${k} ${type === k ? 'measure-type--on' : ''}`}
            aria-pressed={type === k}
            onClick={() => setType(k)}
          >
            {MEASURE_TYPE.labels[k]}
          </Text>
        ))}
      </View>
      <Picker
        mode='selector'
        range={people.map((p) => `${p.name}（${p.role}）`)}
        value={who}
        onChange={(e) => setWho(Number(e.detail.value))}
      >
        <View className='zc-v__line measure-responsible'>
          责任人：{person ? `${person.name}（${person.role}）` : '本村暂无可指定的干部'}（点击选择）
        </View>
      </Picker>
      <Picker mode='date' value={startDay} onChange={(e) => setStartDay(String(e.detail.value))}>
        <View className='zc-v__line measure-start'>开始日期：{startDay}（点击修改）</View>
      </Picker>
      <Picker
        mode='date'
        value={plannedDay}
        start={startDay}
        onChange={(e) => setPlannedDay(String(e.detail.value))}
      >
        <View className='zc-v__line measure-planned'>计划完成：{plannedDay}（点击修改）</View>
      </Picker>
      <FieldLabel text='说明（选填）' />
      <TextArea
        className='measure-note'
        maxLength={200}
        value={note}
        onChange={setNote}
        placeholder='如：推荐到县城物流园务工'
      />
      <Button
        type='primary'
        block
        className='measure-add'
        loading={busy}
        disabled={busy || !person}
        onClick={() => void submit()}
      >
        添加帮扶措施
      </Button>
    </View>
  )
}
