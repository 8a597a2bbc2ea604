import { Text, View } from '@tarojs/components'
import { Cell, CellGroup } from '@nutui/nutui-react-taro'
import { AsyncGate } from '@/components/async-gate'
import { RosterCaseCard } from '@/components/roster-case'
import { SkippedNote } from '@/components/skipped-note'
import { useRoster } from '@/hooks/use-roster'

/** 排查 (county admins): cadres and villages with signs that need a decision, listed by place, never ranked. */
export default function RosterPage() {
  const { state, reload, busy, message, decide } = useRoster()
  return (
    <View className='zc-page roster-page'>
      <Text className='zc-p__muted'>
        列出需要作出决定的情形：抽查确认的长期不在岗、任期已满未调整、应派未派第一书记。只列事实，不排名；每项决定须写明理由。
      </Text>
      {message ? <Text className='zc-p__msg roster-message'>{message}</Text> : null}
      <AsyncGate state={state} onRetry={reload}>
        {(view) => (
          <>
            <SkippedNote count={view.skipped} />
            <View className='zc-section-title'>待决定（{view.open.length}）</View>
            {view.open.length === 0 ? (
              <CellGroup>
                <Cell title={`截至 ${view.day}，没有待决定的情形`} />
              </CellGroup>
            ) : null}
            {view.open.map((c) => (
              <RosterCaseCard key={c.key} c={c} busy={busy} onDecide={decide} />
            ))}
            <View className='zc-section-title'>已决定（{view.decided.length}）</View>
            {view.decided.map((c) => (
              <RosterCaseCard key={c.key} c={c} busy={busy} />
            ))}
          </>
        )}
      </AsyncGate>
    </View>
  )
}
