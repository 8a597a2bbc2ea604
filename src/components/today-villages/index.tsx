import Taro from '@tarojs/taro'
import { Text } from '@tarojs/components'
import { Cell, CellGroup, Tag } from '@nutui/nutui-react-taro'
import type { TodayView } from '@contract/api/presence-views'
import { useByTownship } from '@/hooks/use-by-township'

type Village = TodayView['villages'][number]

const counts = (vs: readonly Village[]) => {
  const sum = (f: (v: Village) => number) => vs.reduce((n, v) => n + f(v), 0)
  return {
    recorded: sum((v) => v.recorded),
    onLeave: sum((v) => v.onLeave),
    notRecorded: sum((v) => v.notRecorded),
    total: sum((v) => v.total),
    flagged: sum((v) => v.flagged),
  }
}
const line = (c: ReturnType<typeof counts>) =>
  `已记录 ${c.recorded} · 请假 ${c.onLeave} · 未记录 ${c.notRecorded}（共 ${c.total} 人）`
const flag = (n: number) =>
  n > 0 ? <Tag type='warning'>建议核实 {n}</Tag> : <Text className='zc-link'>›</Text>

/** Today village by village; a whole county first by township (facts in org order, never a ranking). */
export function TodayVillages({ villages }: { villages: readonly Village[] }) {
  const { long, groups, township, setTownship, shown } = useByTownship(villages)
  if (!shown) {
    return (
      <CellGroup title='各乡镇今日情况'>
        {groups.map((g) => {
          const c = counts(g.items)
          return (
            <Cell
              key={g.name}
              clickable
              className='today-township'
              title={`${g.name}（${g.items.length} 个村）`}
              description={line(c)}
              extra={flag(c.flagged)}
              onClick={() => setTownship(g.name)}
            />
          )
        })}
      </CellGroup>
    )
  }
  return (
    <>
      {long ? (
        <Text className='zc-link today-all-townships' onClick={() => setTownship(null)}>
          ‹ 全部乡镇
        </Text>
      ) : null}
      <CellGroup title={long ? `${township ?? ''}各村今日情况` : '各村今日情况'}>
        {shown.map((v) => (
          <Cell
            key={v.id}
            clickable
            className='today-village'
            title={`${v.townshipName} · ${v.name}`}
            description={line(v)}
            extra={flag(v.flagged)}
            onClick={() =>
              void Taro.navigateTo({ url: `/packages/presence/pages/today/index?villageId=${v.id}` })
            }
          />
        ))}
      </CellGroup>
    </>
  )
}
