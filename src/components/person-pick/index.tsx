import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { Button, Cell, CellGroup, Input } from '@nutui/nutui-react-taro'
import { isAppError } from '@contract/errors'
import type { PersonRow } from '@contract/api/org-tree'
import { findPeople } from '@/hooks/use-team'

/** Finds a person of the unit by name or initials and hands back the one chosen. */
export function PersonPick({
  unitId,
  label,
  chosen,
  onChoose,
}: {
  unitId: string
  label: string
  chosen: { id: string; name: string } | null
  onChoose: (p: { id: string; name: string } | null) => void
}) {
  const [q, setQ] = useState('')
  const [found, setFound] = useState<PersonRow[]>([])
  const [note, setNote] = useState<string | null>(null)
  const search = async () => {
    setNote(null)
    try {
      const items = await findPeople(unitId, q.trim())
      setFound(items)
      if (items.length === 0) setNote('没有找到，请换个姓名或首字母')
    } catch (err) {
      setNote(isAppError(err) ? err.message : '查询失败，请重试')
    }
  }
  if (chosen)
    return (
      <Cell
        className='person-pick__chosen'
        title={`${label}：${chosen.name}`}
        extra='更换'
        clickable
        onClick={() => onChoose(null)}
      />
    )
  return (
    <View className='person-pick'>
      <Text className='zc-field-label'>{label}</Text>
      <View className='zc-p__row'>
        <Input
          className='person-pick__q'
          placeholder='姓名或首字母'
          value={q}
          onChange={(v: string) => setQ(v)}
        />
        <Button size='small' className='person-pick__search' onClick={() => void search()}>
          查找
        </Button>
      </View>
      {note ? <Text className='zc-p__muted'>{note}</Text> : null}
      <CellGroup>
        {found.map((p) => (
          <Cell
            key={p.id}
            className='person-pick__option'
            title={p.name}
            description={`${p.homeUnitName} · ${p.roles.map((r) => r.label).join('、')}`}
            extra='选择'
            clickable
            onClick={() => onChoose({ id: p.id, name: p.name })}
          />
        ))}
      </CellGroup>
    </View>
  )
}
