import { useState } from 'react'
import Taro, { useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button, Cell, CellGroup, Input } from '@nutui/nutui-react-taro'
import type { CommandBodySummary } from '@contract/api/org-command-bodies'
import { AsyncGate } from '@/components/async-gate'
import { SecondmentForm } from '@/components/secondment-form'
import { SkippedNote } from '@/components/skipped-note'
import { todayInChina } from '@/hooks/use-leaves'
import { useUnitLevels } from '@/hooks/use-levels'
import { useWorkbench } from '@/hooks/use-workbench'

const open = (bodyId: string) =>
  void Taro.navigateTo({ url: `/packages/org/pages/command-body/index?bodyId=${bodyId}` })

function BodyCell({ b }: { b: CommandBodySummary }) {
  const leaders = b.leaderNames.length ? b.leaderNames.join('、') : '未设负责人'
  return (
    <Cell
      className='levels-page__body'
      title={`${b.unitName} · ${b.name}`}
      description={`${b.kindLabel} · 负责人：${leaders} · 在任 ${b.memberCount} 人`}
      extra='›'
      clickable
      onClick={() => open(b.id)}
    />
  )
}

/** A unit's command body, the bodies one level down, and (above villages) its 挂职 cadres. */
export default function LevelsPage() {
  const params = useRouter().params
  const unitId = params.unitId ?? ''
  const withRoster = params.level !== 'village'
  const levels = useUnitLevels(unitId, withRoster)
  const wb = useWorkbench().state
  const adminUnit =
    wb.status === 'ready' ? (wb.data.roles.find((r) => r.role === 'admin')?.units[0]?.id ?? null) : null
  const [name, setName] = useState('')
  return (
    <View className='zc-page levels-page'>
      {levels.message ? <Text className='zc-p__msg levels-message'>{levels.message}</Text> : null}
      <AsyncGate state={levels.bodies.state} onRetry={levels.bodies.reload}>
        {(view) => (
          <>
            <Text className='zc-section-title'>{view.unitName}指挥体系</Text>
            <SkippedNote count={view.skipped} />
            <CellGroup title='本级'>
              {view.own ? <BodyCell b={view.own} /> : <Cell title='尚未设立' />}
            </CellGroup>
            {!view.own && adminUnit ? (
              <View className='levels-page__create'>
                <Input
                  className='levels-page__name'
                  placeholder='名称，如 脱贫攻坚指挥部、工作站、作战室'
                  maxLength={40}
                  value={name}
                  onChange={(v: string) => setName(v)}
                />
                <Button
                  type='primary'
                  block
                  className='levels-page__create-submit'
                  loading={levels.busy}
                  disabled={levels.busy || !name.trim()}
                  onClick={() => void levels.create(name.trim())}
                >
                  设立
                </Button>
              </View>
            ) : null}
            <CellGroup title='下一级'>
              {view.children.length === 0 ? <Cell title='下级单位尚未设立' /> : null}
              {view.children.map((b) => (
                <BodyCell key={b.id} b={b} />
              ))}
            </CellGroup>
          </>
        )}
      </AsyncGate>
      {withRoster ? (
        <AsyncGate state={levels.roster.state} onRetry={levels.roster.reload}>
          {(roster) =>
            roster ? (
              <>
                <CellGroup title='挂职干部（在任）'>
                  {roster.active.length === 0 ? <Cell title='暂无' /> : null}
                  {roster.active.map((s) => (
                    <Cell
                      key={s.id}
                      className='levels-page__secondment'
                      title={`${s.personName} · ${s.unitName}${s.position}`}
                      description={`${s.levelLabel} · ${s.batch} · ${s.startDay} 至 ${s.plannedEndDay}`}
                      extra={adminUnit ? '期满结束' : undefined}
                      clickable={Boolean(adminUnit)}
                      onClick={() =>
                        adminUnit ? void levels.endSecondment(s.id, todayInChina()) : undefined
                      }
                    />
                  ))}
                </CellGroup>
                <CellGroup title='挂职干部（历任）'>
                  {roster.ended.length === 0 ? <Cell title='暂无' /> : null}
                  {roster.ended.map((s) => (
                    <Cell
                      key={s.id}
                      title={`${s.personName} · ${s.unitName}${s.position}`}
                      description={`${s.startDay} 至 ${s.endedDay ?? ''} · ${s.endLabel ?? ''}`}
                    />
                  ))}
                </CellGroup>
                {adminUnit ? (
                  <SecondmentForm searchUnitId={adminUnit} busy={levels.busy} onSubmit={levels.second} />
                ) : null}
              </>
            ) : null
          }
        </AsyncGate>
      ) : null}
    </View>
  )
}
