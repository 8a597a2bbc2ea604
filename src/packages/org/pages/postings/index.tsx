import { useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Cell, CellGroup } from '@nutui/nutui-react-taro'
import { AsyncGate } from '@/components/async-gate'
import { PostingCard } from '@/components/posting-card'
import { SkippedNote } from '@/components/skipped-note'
import { usePersonPostings } from '@/hooks/use-team'

/** A person's postings, ended ones too: the cadre reads their own, overseers anyone's in scope. */
export default function PostingsPage() {
  const personId = useRouter().params.personId ?? ''
  const { state, reload } = usePersonPostings(personId)
  return (
    <View className='zc-page postings-page'>
      <AsyncGate state={state} onRetry={reload}>
        {(view) => (
          <>
            <Text className='zc-section-title'>{view.personName}的驻村任职</Text>
            <SkippedNote count={view.skipped} />
            <CellGroup>
              {view.items.length === 0 ? <Cell title='暂无任职记录' /> : null}
              {view.items.map((p) => (
                <PostingCard key={p.id} p={p} showVillage />
              ))}
            </CellGroup>
          </>
        )}
      </AsyncGate>
    </View>
  )
}
