import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { Button, Input } from '@nutui/nutui-react-taro'
import { DayField } from '@/components/day-field'
import { FieldLabel } from '@/components/field-label'
import { PersonPick } from '@/components/person-pick'
import { addDaysTo, todayInChina } from '@/hooks/use-leaves'
import type { SecondmentInput } from '@/hooks/use-levels'

/** 安排挂职: a cadre of the admin's scope, the post held here (副县长, 副镇长…), the 期次 and the term. */
export function SecondmentForm({
  searchUnitId,
  busy,
  onSubmit,
}: {
  searchUnitId: string
  busy: boolean
  onSubmit: (input: SecondmentInput) => Promise<boolean>
}) {
  const [person, setPerson] = useState<{ id: string; name: string } | null>(null)
  const [position, setPosition] = useState('')
  const [batch, setBatch] = useState('')
  const [startDay, setStartDay] = useState(todayInChina())
  const [plannedEndDay, setPlannedEndDay] = useState(addDaysTo(todayInChina(), 730))
  const submit = async () => {
    if (!person) return
    if (await onSubmit({ personId: person.id, position, batch, startDay, plannedEndDay })) setPerson(null)
  }
  return (
    <View className='secondment-form'>
      <View className='zc-section-title'>安排挂职</View>
      <PersonPick unitId={searchUnitId} label='干部' chosen={person} onChoose={setPerson} />
      <FieldLabel text='挂任职务' />
      <Input
        className='secondment-form__position'
        placeholder='如 副县长、副镇长'
        maxLength={30}
        value={position}
        onChange={(v: string) => setPosition(v)}
      />
      <FieldLabel text='期次' />
      <Input
        className='secondment-form__batch'
        placeholder='如 十百千第一批'
        maxLength={20}
        value={batch}
        onChange={(v: string) => setBatch(v)}
      />
      <DayField label='到任日期' value={startDay} onChange={setStartDay} />
      <DayField label='计划期满日' value={plannedEndDay} onChange={setPlannedEndDay} />
      <Text className='zc-p__muted'>挂职干部不是驻村干部：不在村签到，可加入本级指挥部或工作站。</Text>
      <View className='zc-p__actions'>
        <Button
          type='primary'
          block
          className='secondment-form__submit'
          loading={busy}
          disabled={busy || !person || !position.trim() || !batch.trim()}
          onClick={() => void submit()}
        >
          确认安排
        </Button>
      </View>
    </View>
  )
}
