import Taro from '@tarojs/taro'
import { Cell, CellGroup } from '@nutui/nutui-react-taro'
import type { Role } from '@contract/domain/role'

const go = (url: string) => () => void Taro.navigateTo({ url })

interface MenuRole {
  role: Role
  units: ReadonlyArray<{ id: string }>
}

/** The 我的 tab's entries to the org pages; admin tools only for county admins. */
export function OrgMenu({ roles: grants }: { roles: readonly MenuRole[] }) {
  const roles = grants.map((g) => g.role)
  const admin = roles.includes('admin')
  const contact = roles.includes('dispatch_contact')
  // 述职评议 is held by a county admin or a township leader, for the unit their role names.
  const holder = grants.find((g) => g.role === 'admin') ?? grants.find((g) => g.role === 'township_leader')
  const holderUnit = holder?.units[0]?.id
  return (
    <>
      {holder && holderUnit ? (
        <CellGroup title='驻村干部管理'>
          <Cell
            className='menu-reviews'
            title='述职评议'
            description='建立述职评议会，录入述职材料与评议结果'
            extra='›'
            clickable
            onClick={go(`/packages/presence/pages/reviews/index?as=overseer&unitId=${holderUnit}`)}
          />
          {admin ? (
            <Cell
              className='menu-assessment'
              title='年度考核'
              description='按派出单位评定等次并导出考核表'
              extra='›'
              clickable
              onClick={go('/packages/org/pages/dispatch/index')}
            />
          ) : null}
        </CellGroup>
      ) : null}
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
            description='从表格导入组织、派出单位、人员、农户'
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
