import { useState } from 'react'
import Taro, { useRouter } from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import { Button, Cell, CellGroup } from '@nutui/nutui-react-taro'
import type { DispatchUnitRow } from '@contract/domain/dispatch-unit'
import { AsyncGate } from '@/components/async-gate'
import { DispatchUnitFormView } from '@/components/dispatch-unit-form'
import { useDispatchUnits } from '@/hooks/use-dispatch-units'
import { useWorkbench } from '@/hooks/use-workbench'
import './index.scss'

const year = new Date().getFullYear()
const toSheet = (u: DispatchUnitRow) => () =>
  void Taro.navigateTo({ url: `/packages/org/pages/assessment/index?dispatchUnitId=${u.id}&year=${year}` })

/**
 * 派出单位: county admins register, edit and archive units and choose a cadre's unit (opened from 人员
 * with `assignPersonId`); a 派出单位 contact sees their own unit and goes to its cadres.
 */
export default function DispatchPage() {
  const params = useRouter().params
  const assignTo = params.assignPersonId ?? ''
  const [showArchived, setShowArchived] = useState(false)
  const units = useDispatchUnits(showArchived)
  const { state: bench } = useWorkbench()
  const admin = bench.status === 'ready' && bench.data.roles.some((r) => r.role === 'admin')
  const [editing, setEditing] = useState<string | null>(null)

  return (
    <View className='zc-page dispatch-page'>
      {assignTo ? (
        <Text className='dispatch-intro'>为「{decodeURIComponent(params.name ?? '')}」选择派出单位：</Text>
      ) : null}
      {units.message ? <Text className='dispatch-message'>{units.message}</Text> : null}
      <AsyncGate state={units.state} onRetry={() => void units.reload()}>
        {(items) => (
          <>
            <CellGroup title={admin ? '本县派出单位' : '本单位'}>
              {items.length === 0 ? <Cell className='dispatch-empty' title='尚未登记派出单位' /> : null}
              {items.map((u) => (
                <View key={u.id} className={`dispatch-unit dispatch-unit--${u.status}`}>
                  <Cell
                    title={`${u.name}${u.status === 'archived' ? '（已归档）' : ''}`}
                    description={`${u.kindLabel} · 联系人 ${u.contactName} ${u.contactPhoneMasked}${
                      u.contactBound ? '' : '（未绑定）'
                    } · 所派干部 ${u.cadres} 人`}
                  />
                  <View className='dispatch-actions'>
                    {assignTo ? (
                      <Button
                        size='small'
                        type='primary'
                        className='assign-here'
                        onClick={() => void units.assign(assignTo, u.id)}
                      >
                        选派此人
                      </Button>
                    ) : (
                      <Button size='small' className='open-sheet' onClick={toSheet(u)}>
                        干部与年度考核
                      </Button>
                    )}
                    {admin && !assignTo && u.status === 'active' ? (
                      <>
                        <Button
                          size='small'
                          className='edit-unit'
                          onClick={() => setEditing(editing === u.id ? null : u.id)}
                        >
                          修改
                        </Button>
                        <Button size='small' className='archive-unit' onClick={() => void units.archive(u)}>
                          归档
                        </Button>
                      </>
                    ) : null}
                  </View>
                  {editing === u.id ? (
                    <DispatchUnitFormView
                      initial={{ name: u.name, kind: u.kind, contactName: u.contactName }}
                      submitText='保存修改'
                      busy={units.busy}
                      onSubmit={async (form) => (await units.update(u, form)) && (setEditing(null), true)}
                    />
                  ) : null}
                </View>
              ))}
            </CellGroup>
            {assignTo ? (
              <Button className='assign-none' block onClick={() => void units.assign(assignTo, null)}>
                设为本地干部（无派出单位）
              </Button>
            ) : null}
            {admin && !assignTo ? (
              <>
                <Button
                  className='toggle-archived'
                  size='small'
                  onClick={() => setShowArchived(!showArchived)}
                >
                  {showArchived ? '隐藏已归档' : '显示已归档'}
                </Button>
                <CellGroup title='登记派出单位'>
                  <DispatchUnitFormView submitText='登记' busy={units.busy} onSubmit={units.register} />
                </CellGroup>
              </>
            ) : null}
          </>
        )}
      </AsyncGate>
    </View>
  )
}
