import Taro from '@tarojs/taro'
import { Cell, CellGroup } from '@nutui/nutui-react-taro'
import type { Role } from '@contract/domain/role'

/** Everyone who works on 防返贫监测 sees its cases of their scope. */
const MONITOR_ROLES: readonly Role[] = [
  'admin',
  'supervisor',
  'township_leader',
  'resident_cadre',
  'village_cadre',
  'pairing_cadre',
]

/** 防返贫监测 on the home tab: the cases of the caller's scope, with the steps waiting and overdue. */
export function MonitorEntry({ roles }: { roles: readonly Role[] }) {
  if (!roles.some((r) => MONITOR_ROLES.includes(r))) return null
  return (
    <CellGroup title='防返贫监测'>
      <Cell
        className='monitor-entry'
        title='识别纳入与风险消除'
        description='村级评议（含公示）、乡镇审核、县级确认；逾期环节标红'
        extra='›'
        clickable
        onClick={() => void Taro.navigateTo({ url: '/packages/monitor/pages/cases/index' })}
      />
    </CellGroup>
  )
}
