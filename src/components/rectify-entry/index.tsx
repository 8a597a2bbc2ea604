import Taro from '@tarojs/taro'
import { Cell, CellGroup } from '@nutui/nutui-react-taro'
import type { Role } from '@contract/domain/role'

const PKG = '/packages/rectify/pages'
const go = (page: string) => () => void Taro.navigateTo({ url: `${PKG}/${page}/index` })
const OVERSEE: readonly Role[] = ['admin', 'supervisor', 'township_leader']
const CADRE: readonly Role[] = ['resident_cadre', 'village_cadre']

/** 整改台账 on the home tab, for the roles that work it (not pairing cadres). */
export function RectifyEntry({ roles }: { roles: readonly Role[] }) {
  const oversees = roles.some((r) => OVERSEE.includes(r))
  const cadre = roles.some((r) => CADRE.includes(r))
  if (!oversees && !cadre) return null
  return (
    <CellGroup title='整改台账'>
      {cadre ? (
        <Cell
          className='rect-entry-mine'
          title='我的整改'
          description='签收、整改、申请销号'
          extra='›'
          clickable
          onClick={go('mine')}
        />
      ) : null}
      <Cell
        className='rect-entry-ledger'
        title='整改台账'
        description='挂号整改、销号管理、导出'
        extra='›'
        clickable
        onClick={go('ledger')}
      />
      {oversees ? (
        <Cell
          className='rect-entry-escalations'
          title='问责升级审批'
          description='通报、约谈、问责建议'
          extra='›'
          clickable
          onClick={go('escalations')}
        />
      ) : null}
      <Cell
        className='rect-entry-register'
        title={oversees ? '挂号登记' : '登记自查问题'}
        extra='›'
        clickable
        onClick={go('register')}
      />
    </CellGroup>
  )
}
