import { useState } from 'react'
import Taro, { useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Cell, CellGroup } from '@nutui/nutui-react-taro'
import { AsyncGate } from '@/components/async-gate'
import { EndPosting } from '@/components/end-posting'
import { PostForm } from '@/components/post-form'
import { PostingCard } from '@/components/posting-card'
import { SkippedNote } from '@/components/skipped-note'
import { useTeam } from '@/hooks/use-team'
import { useWorkbench } from '@/hooks/use-workbench'

const history = (personId: string) => () =>
  void Taro.navigateTo({ url: `/packages/org/pages/postings/index?personId=${personId}` })

/** A village's 工作队: the team now, its history; county admins post cadres and end postings here. */
export default function TeamPage() {
  const villageId = useRouter().params.villageId ?? ''
  const team = useTeam(villageId)
  const wb = useWorkbench().state
  const adminUnit =
    wb.status === 'ready' ? (wb.data.roles.find((r) => r.role === 'admin')?.units[0]?.id ?? null) : null
  const [ending, setEnding] = useState<string | null>(null)
  return (
    <View className='zc-page team-page'>
      {team.message ? <Text className='zc-p__msg team-message'>{team.message}</Text> : null}
      <AsyncGate state={team.state} onRetry={team.reload}>
        {(view) => (
          <>
            <Text className='zc-section-title'>{view.villageName}驻村工作队</Text>
            <SkippedNote count={view.skipped} />
            <CellGroup title='在任'>
              {view.active.length === 0 ? <Cell title='暂无在任队员' /> : null}
              {view.active.map((p) => (
                <View key={p.id}>
                  <PostingCard p={p} onClick={history(p.personId)} />
                  {adminUnit ? (
                    <Cell
                      className='team-page__end'
                      title={ending === p.id ? '收起' : '结束任职（轮换、召回调整、期满）'}
                      extra='›'
                      clickable
                      onClick={() => setEnding(ending === p.id ? null : p.id)}
                    />
                  ) : null}
                  {adminUnit && ending === p.id ? (
                    <EndPosting
                      posting={p}
                      searchUnitId={adminUnit}
                      busy={team.busy}
                      onPreview={team.preview}
                      onEnd={async (input) => {
                        const done = await team.end(input)
                        if (done) setEnding(null)
                        return done
                      }}
                    />
                  ) : null}
                </View>
              ))}
            </CellGroup>
            {adminUnit ? <PostForm searchUnitId={adminUnit} busy={team.busy} onPost={team.post} /> : null}
            <CellGroup title='历任'>
              {view.ended.length === 0 ? <Cell title='暂无' /> : null}
              {view.ended.map((p) => (
                <PostingCard key={p.id} p={p} onClick={history(p.personId)} />
              ))}
            </CellGroup>
          </>
        )}
      </AsyncGate>
    </View>
  )
}
