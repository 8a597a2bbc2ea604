import Taro from '@tarojs/taro'
import { Cell, CellGroup } from '@nutui/nutui-react-taro'
import type { Role } from '@contract/domain/role'

const go = (url: string) => () => void Taro.navigateTo({ url })

/** The 我的 tab's entries to the org pages; admin tools only for county admins. */
export function OrgMenu({ roles }: { roles: readonly Role[] }) {
  const admin = roles.includes('admin')
  const contact = roles.includes('dispatch_contact')
  return (
    <>
      {contact ? (
        <CellGroup title='派出单位'>
          <Cell
            className='menu-my-dispatch'
            title='本单位所派干部'
            description='请假记录、驻村工作记实与年度考核'
            extra='›'
            clickable
            onClick={go('/packages/org/pages/dispatch/index')}
          />
        </CellGroup>
      ) : null}
      <CellGroup title='组织与人员'>
        <Cell
          className='menu-tree'
          title='组织架构'
          extra='›'
          clickable
          onClick={go('/packages/org/pages/tree/index')}
        />
      </CellGroup>
      {admin ? (
        <CellGroup title='管理'>
          <Cell
            className='menu-imports'
            title='数据导入'
            description='从表格导入组织、人员、农户'
            extra='›'
            clickable
            onClick={go('/packages/org/pages/imports/index')}
          />
          <Cell
            className='menu-binding'
            title='绑定管理'
            description='绑定码与绑定申请'
            extra='›'
            clickable
            onClick={go('/packages/org/pages/binding/index')}
          />
          <Cell
            className='menu-settings'
            title='本县设置'
            description='在村履职规则、走访周期、提醒与数据保留'
            extra='›'
            clickable
            onClick={go('/packages/org/pages/settings/index')}
          />
          <Cell
            className='menu-roster'
            title='排查'
            description='长期不在岗、任期已满、应派未派第一书记：逐项决定'
            extra='›'
            clickable
            onClick={go('/packages/org/pages/roster/index')}
          />
          <Cell
            className='menu-dispatch'
            title='派出单位与年度考核'
            description='登记派出单位及联系人，评定并导出年度考核'
            extra='›'
            clickable
            onClick={go('/packages/org/pages/dispatch/index')}
          />
          <Cell
            className='menu-attach'
            title='区县归入州/市'
            description='州/市管理员归入区县，查看并继续路径补全'
            extra='›'
            clickable
            onClick={go('/packages/org/pages/attach/index')}
          />
          <Cell
            className='menu-audit'
            title='审计日志'
            extra='›'
            clickable
            onClick={go('/packages/org/pages/audit/index')}
          />
          <Cell
            className='menu-filing'
            title='备案材料'
            description='网信备案所需的功能、个人信息与设置'
            extra='›'
            clickable
            onClick={go('/packages/compliance/pages/filing/index')}
          />
        </CellGroup>
      ) : null}
    </>
  )
}
