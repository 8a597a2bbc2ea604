import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { Button, Input, Radio } from '@nutui/nutui-react-taro'
import { TEAM_ROLE_LABELS, type TeamRole } from '@contract/domain/posting'
import { DayField } from '@/components/day-field'
import { FieldLabel } from '@/components/field-label'
import { PersonPick } from '@/components/person-pick'
import { addDaysTo, todayInChina } from '@/hooks/use-leaves'
import type { PostInput } from '@/hooks/use-team'

/** 选派: a cadre, 队长 or 队员, the 期次 and the term (two years by default, as the rules ask since 2021). */
export function PostForm({
  searchUnitId,
  busy,
  onPost,
}: {
  searchUnitId: string
  busy: boolean
  onPost: (input: Omit<PostInput, 'villageId'>) => Promise<boolean>
}) {
  const [person, setPerson] = useState<{ id: string; name: string } | null>(null)
  const [teamRole, setTeamRole] = useState<TeamRole>('member')
  const [batch, setBatch] = useState('')
  const [startDay, setStartDay] = useState(todayInChina())
  const [plannedEndDay, setPlannedEndDay] = useState(addDaysTo(todayInChina(), 730))
  const submit = async () => {
    if (!person) return
    if (await onPost({ personId: person.id, teamRole, batch, startDay, plannedEndDay })) setPerson(null)
  }
  return (
    <View className='post-form'>
      <View className='zc-section-title'>选派干部</View>
      <PersonPick unitId={searchUnitId} label='干部' chosen={person} onChoose={setPerson} />
      <FieldLabel text='队内职务' />
      <Radio.Group
        value={teamRole}
        direction='horizontal'
        onChange={(v) => setTeamRole(v === 'leader' ? 'leader' : 'member')}
      >
        <Radio value='leader' className='post-form__leader'>
          {TEAM_ROLE_LABELS.leader}（每村一名，一般由第一书记担任）
        </Radio>
        <Radio value='member' className='post-form__member'>
          {TEAM_ROLE_LABELS.member}
        </Radio>
      </Radio.Group>
      <FieldLabel text='期次' />
      <Input
        className='post-form__batch'
        placeholder='如 第四批'
        maxLength={20}
        value={batch}
        onChange={(v: string) => setBatch(v)}
      />
      <DayField label='到村日期' value={startDay} onChange={setStartDay} className='post-form__start' />
      <DayField
        label='计划期满日'
        value={plannedEndDay}
        onChange={setPlannedEndDay}
        className='post-form__end'
      />
      <Text className='zc-p__muted'>选派后本人获得该村驻村干部权限，本人及派出单位联系人会收到通知。</Text>
      <View className='zc-p__actions'>
        <Button
          type='primary'
          block
          className='post-form__submit'
          loading={busy}
          disabled={busy || !person || !batch.trim()}
          onClick={() => void submit()}
        >
          确认选派
        </Button>
      </View>
    </View>
  )
}
