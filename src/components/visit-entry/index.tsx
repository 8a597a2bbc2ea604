import { useEffect } from 'react'
import Taro from '@tarojs/taro'
import { Cell, CellGroup } from '@nutui/nutui-react-taro'
import type { Role } from '@contract/domain/role'
import { startVisitSync } from '@/services/visit-sync'

const PKG = '/packages/visit/pages'
const go =
  (page: string, query = '') =>
  () =>
    void Taro.navigateTo({ url: `${PKG}/${page}/index${query}` })
const VISITORS: readonly Role[] = ['resident_cadre', 'village_cadre', 'pairing_cadre']
const OVERSEE: readonly Role[] = ['admin', 'supervisor', 'township_leader', 'resident_cadre', 'village_cadre']

/** 入户走访 on the home tab: visiting for the village team and pairing cadres, coverage for overseers. */
export function VisitEntry({ roles }: { roles: readonly Role[] }) {
  const visits = roles.some((r) => VISITORS.includes(r))
  const oversees = roles.some((r) => OVERSEE.includes(r))
  // Visits queued without signal go out when the app opens, without visiting the drafts page.
  useEffect(() => {
    if (visits) startVisitSync()
  }, [visits])
  if (!visits && !oversees) return null
  return (
    <CellGroup title='入户走访'>
      {visits ? (
        <Cell
          className='visit-entry-households'
          title='我的走访'
          description='结对户名单、走访登记（可离线）'
          extra='›'
          clickable
          onClick={go('households')}
        />
      ) : null}
      {visits ? (
        <Cell className='visit-entry-drafts' title='草稿与同步' extra='›' clickable onClick={go('drafts')} />
      ) : null}
      <Cell
        className='visit-entry-coverage'
        title='走访覆盖'
        description='一户不漏：本期未走访名单'
        extra='›'
        clickable
        onClick={oversees ? go('coverage') : go('coverage', '?mine=1')}
      />
    </CellGroup>
  )
}
