import { Text } from '@tarojs/components'
import { Cell, CellGroup } from '@nutui/nutui-react-taro'
import { useByTownship } from '@/hooks/use-by-township'

interface Village {
  code: string
  name: string
  townshipName: string
}

/** A villager picks their village; in a whole county, their township first. */
export function VillagePicker({ villages, onChoose }: { villages: readonly Village[]; onChoose: (code: string) => void }) {
  const { long, groups, township, setTownship, shown } = useByTownship(villages)
  if (!shown) {
    return (
      <CellGroup>
        {groups.map((g) => (
          <Cell key={g.name} className='township-option' title={g.name} description={`${g.items.length} 个村`} extra='›' clickable onClick={() => setTownship(g.name)} />
        ))}
      </CellGroup>
    )
  }
  return (
    <>
      {long ? <Text className='zc-n__link villager-townships' onClick={() => setTownship(null)}>‹ {township} · 选择其他乡镇</Text> : null}
      <CellGroup>
        {shown.map((x) => (
          <Cell key={x.code} className='village-option' title={x.name} description={x.townshipName} extra='›' clickable onClick={() => onChoose(x.code)} />
        ))}
      </CellGroup>
    </>
  )
}
