import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { Button, Cell, CellGroup } from '@nutui/nutui-react-taro'
import { ATTACH_STEP_LABELS } from '@contract/domain/county-attach'
import type { Placement } from '@contract/api/org-levels'
import { AsyncGate } from '@/components/async-gate'
import { AttachProgress } from '@/components/attach-progress'
import { useCountyAttach } from '@/hooks/use-county-attach'
import './index.scss'

const pendingText = (c: Placement) =>
  c.pending.length > 0 ? `待补全：${c.pending.map((s) => ATTACH_STEP_LABELS[s]).join('、')}` : ''

/**
 * 区县归入州/市: a 州/市 admin places a county beneath the 州/市 (with the county's own admin grant) and
 * follows the re-path of everything under it; an interrupted re-path is resumed from here.
 */
export default function AttachPage() {
  const { list, run, start } = useCountyAttach()
  const [picked, setPicked] = useState<string | null>(null)
  const busy = !!run && !run.finished && !run.error
  return (
    <View className='zc-page attach-page'>
      <AsyncGate state={list.state} onRetry={list.reload}>
        {(view) => {
          const prefecture = view.prefectures.find((p) => p.id === picked) ?? view.prefectures[0]
          const loose = view.counties.filter((c) => c.state === 'unplaced')
          const beneath = view.counties.filter((c) => c.prefectureId === prefecture?.id)
          return (
            <>
              {run ? (
                <AttachProgress
                  run={run}
                  onResume={() => void start({ id: run.countyId, name: run.countyName }, run.prefectureId)}
                />
              ) : null}
              {!prefecture ? (
                <Text className='attach-msg attach-page__none'>
                  您不是州/市管理员，无法归入区县。区县归入州/市须由同时持有州/市与该区县管理权限的管理员办理。
                </Text>
              ) : (
                <>
                  {view.prefectures.length > 1 ? (
                    <CellGroup title='选择州/市'>
                      {view.prefectures.map((p) => (
                        <Cell
                          key={p.id}
                          title={p.name}
                          extra={p.id === prefecture.id ? '当前' : ''}
                          clickable
                          onClick={() => setPicked(p.id)}
                        />
                      ))}
                    </CellGroup>
                  ) : null}
                  <Text className='zc-section-title'>{prefecture.name}下辖区县</Text>
                  <CellGroup>
                    {beneath.length === 0 ? <Cell title='暂无区县' /> : null}
                    {beneath.map((c) => (
                      <Cell
                        key={c.id}
                        className={`attach-page__county attach-page__county--${c.state}`}
                        title={c.name}
                        description={[c.stateLabel, pendingText(c)].filter(Boolean).join('；')}
                        extra={
                          c.state === 'done' ? (
                            '已完成'
                          ) : (
                            <Button size='small' disabled={busy} onClick={() => void start(c, prefecture.id)}>
                              {c.state === 'working' ? '继续补全' : '检查并补全'}
                            </Button>
                          )
                        }
                      />
                    ))}
                  </CellGroup>
                  <Text className='zc-section-title'>可归入的区县</Text>
                  <CellGroup>
                    {loose.length === 0 ? (
                      <Cell
                        title='暂无可归入的区县'
                        description='须同时持有该区县的管理员权限（区县同意），且该区县尚未归入任何州/市'
                      />
                    ) : null}
                    {loose.map((c) => (
                      <Cell
                        key={c.id}
                        className='attach-page__loose'
                        title={c.name}
                        description='归入后其下全部单位、人员与记录的路径将补上州/市，可中断后继续'
                        extra={
                          <Button
                            type='primary'
                            size='small'
                            disabled={busy}
                            onClick={() => void start(c, prefecture.id)}
                          >
                            归入{prefecture.name}
                          </Button>
                        }
                      />
                    ))}
                  </CellGroup>
                </>
              )}
            </>
          )
        }}
      </AsyncGate>
    </View>
  )
}
