import { useState } from 'react'
import { useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button, Cell, CellGroup, Input } from '@nutui/nutui-react-taro'
import type { Membership } from '@contract/domain/command-body'
import { AsyncGate } from '@/components/async-gate'
import { MemberForm } from '@/components/member-form'
import { useCommandBody } from '@/hooks/use-command-body'
import { todayInChina } from '@/hooks/use-leaves'
import { useWorkbench } from '@/hooks/use-workbench'

const describe = (m: Membership) =>
  `${m.title ?? m.roleLabel} · ${m.fromDay} 起${m.viaSecondment ? ' · 挂职' : ''}`

/** One body: who leads it, who serves, who served; an admin of its scope renames it and changes members. */
export default function CommandBodyPage() {
  const bodyId = useRouter().params.bodyId ?? ''
  const body = useCommandBody(bodyId)
  const wb = useWorkbench().state
  const adminUnit =
    wb.status === 'ready' ? (wb.data.roles.find((r) => r.role === 'admin')?.units[0]?.id ?? null) : null
  const [name, setName] = useState('')
  const row = (m: Membership, serving: boolean) => (
    <Cell
      key={`${m.personId}-${m.fromDay}`}
      className='command-body__member'
      title={m.personName}
      description={serving ? describe(m) : `${m.title ?? m.roleLabel} · ${m.fromDay} 至 ${m.untilDay ?? ''}`}
      extra={serving && adminUnit ? '退出' : undefined}
      clickable={serving && Boolean(adminUnit)}
      onClick={() => (serving && adminUnit ? void body.leave(m.personId, todayInChina()) : undefined)}
    />
  )
  return (
    <View className='zc-page command-body'>
      {body.message ? <Text className='zc-p__msg command-body__message'>{body.message}</Text> : null}
      <AsyncGate state={body.state} onRetry={body.reload}>
        {(b) => (
          <>
            <Text className='zc-section-title'>
              {b.unitName} · {b.name}
            </Text>
            <Text className='zc-p__muted'>
              {b.kindLabel}，{b.cadence}
            </Text>
            <CellGroup title={`负责人（${b.leaders.length}）`}>
              {b.leaders.length === 0 ? <Cell title='未设负责人' /> : null}
              {b.leaders.map((m) => row(m, true))}
            </CellGroup>
            <CellGroup title={`成员（${b.members.length}）`}>
              {b.members.length === 0 ? <Cell title='暂无成员' /> : null}
              {b.members.map((m) => row(m, true))}
            </CellGroup>
            <CellGroup title='历任成员'>
              {b.history.length === 0 ? <Cell title='暂无' /> : null}
              {b.history.map((m) => row(m, false))}
            </CellGroup>
            {adminUnit ? (
              <>
                <MemberForm
                  key={b.id}
                  level={b.unitLevel}
                  unitId={b.unitId}
                  searchUnitId={adminUnit}
                  busy={body.busy}
                  onAdd={body.add}
                />
                <View className='zc-section-title'>修改名称</View>
                <Input
                  className='command-body__name'
                  placeholder={b.name}
                  maxLength={40}
                  value={name}
                  onChange={(v: string) => setName(v)}
                />
                <Button
                  block
                  className='command-body__rename'
                  disabled={body.busy || !name.trim()}
                  onClick={() => void body.rename(name.trim())}
                >
                  保存名称
                </Button>
              </>
            ) : null}
          </>
        )}
      </AsyncGate>
    </View>
  )
}
