import Taro from '@tarojs/taro'
import { Cell, CellGroup } from '@nutui/nutui-react-taro'
import { SUPERVISING_ROLES, type Role } from '@contract/domain/role'

/** 统计看板 on the home tab, for those who oversee a scope (admin, supervisors, township leaders). */
export function ReportEntry({ roles }: { roles: readonly Role[] }) {
  if (!roles.some((r) => SUPERVISING_ROLES.includes(r))) return null
  return (
    <CellGroup title='统计看板'>
      <Cell
        className='report-entry'
        title='统计看板'
        description='在村、走访覆盖、整改、公示，趋势与下级对比'
        extra='›'
        clickable
        onClick={() => void Taro.navigateTo({ url: '/packages/report/pages/dashboard/index' })}
      />
      <Cell
        className='monitoring-entry'
        title='防返贫监测看板'
        description='监测对象类型与环节、超期、风险消除、无帮扶措施户，可导出'
        extra='›'
        clickable
        onClick={() => void Taro.navigateTo({ url: '/packages/report/pages/monitoring/index' })}
      />
    </CellGroup>
  )
}
