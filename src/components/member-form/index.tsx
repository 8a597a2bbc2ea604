import { useState } from 'react'
import { View } from '@tarojs/components'
import { Button, Cell, CellGroup, Input, Radio } from '@nutui/nutui-react-taro'
import { commandRoleLabel, type CommandLevel, type CommandRole } from '@contract/domain/command-body'
import { DayField } from '@/components/day-field'
import { FieldLabel } from '@/components/field-label'
import { PersonPick } from '@/components/person-pick'
import { todayInChina } from '@/hooks/use-leaves'
import { useSeconded, type MemberInput } from '@/hooks/use-command-body'

type Pick = { id: string; name: string }

/** 增加成员: anyone of the admin's scope, or one of the 挂职 cadres serving here (homed elsewhere). */
export function MemberForm({
  level,
  unitId,
  searchUnitId,
  busy,
  onAdd,
}: {
  level: CommandLevel
  /** The body's unit: its 挂职 cadres are offered as quick picks. */
  unitId: string
  searchUnitId: string
  busy: boolean
  onAdd: (input: MemberInput) => Promise<boolean>
}) {
  const [person, setPerson] = useState<Pick | null>(null)
  const roster = useSeconded(unitId, level !== 'village').state
  const seconded = roster.status === 'ready' ? roster.data : []
  const [role, setRole] = useState<CommandRole>('member')
  const [title, setTitle] = useState('')
  const [fromDay, setFromDay] = useState(todayInChina())
  const submit = async () => {
    if (!person) return
    const input = { personId: person.id, role, fromDay, ...(title.trim() ? { title: title.trim() } : {}) }
    if (await onAdd(input)) {
      setPerson(null)
      setTitle('')
    }
  }
  return (
    <View className='member-form'>
      <View className='zc-section-title'>增加负责人或成员</View>
      <PersonPick unitId={searchUnitId} label='人员' chosen={person} onChoose={setPerson} />
      {!person && seconded.length ? (
        <CellGroup title='本级挂职干部'>
          {seconded.map((s) => (
            <Cell
              key={s.id}
              className='member-form__seconded'
              title={s.name}
              description={`挂职${s.position}`}
              extra='选择'
              clickable
              onClick={() => setPerson({ id: s.id, name: s.name })}
            />
          ))}
        </CellGroup>
      ) : null}
      <FieldLabel text='角色' />
      <Radio.Group
        value={role}
        direction='horizontal'
        onChange={(v) => setRole(v === 'leader' ? 'leader' : 'member')}
      >
        <Radio value='leader'>{commandRoleLabel(level, 'leader')}</Radio>
        <Radio value='member'>{commandRoleLabel(level, 'member')}</Radio>
      </Radio.Group>
      <FieldLabel text='职务（可不填）' />
      <Input
        className='member-form__title'
        placeholder='如 双指挥长、副指挥长、办公室主任'
        maxLength={20}
        value={title}
        onChange={(v: string) => setTitle(v)}
      />
      <DayField label='加入日期' value={fromDay} onChange={setFromDay} />
      <View className='zc-p__actions'>
        <Button
          type='primary'
          block
          className='member-form__submit'
          loading={busy}
          disabled={busy || !person}
          onClick={() => void submit()}
        >
          确认增加
        </Button>
      </View>
    </View>
  )
}
