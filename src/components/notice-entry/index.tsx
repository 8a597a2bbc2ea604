import Taro from '@tarojs/taro'
import { Cell, CellGroup } from '@nutui/nutui-react-taro'
import type { Role } from '@contract/domain/role'
import { useUnread } from '@/hooks/use-unread'

const PKG = '/packages/notice/pages'
const go = (page: string) => () => void Taro.navigateTo({ url: `${PKG}/${page}/index` })
const OVERSEE: readonly Role[] = ['admin', 'supervisor', 'township_leader']
const WRITERS: readonly Role[] = ['admin', 'township_leader', 'resident_cadre', 'village_cadre']

/** 消息 with its unread count for everyone bound; 催办 and 公示 for the roles that use them. */
export function NoticeEntry({ roles, unread: initial }: { roles: readonly Role[]; unread: number }) {
  const unread = useUnread(initial)
  const oversees = roles.some((r) => OVERSEE.includes(r))
  const writes = roles.some((r) => WRITERS.includes(r))
  return (
    <CellGroup title='通知公示'>
      <Cell
        className='notice-entry-inbox'
        title='消息'
        description='提醒、催办、异议通知'
        extra={unread > 0 ? `${unread} 条未读 ›` : '›'}
        clickable
        onClick={go('inbox')}
      />
      {oversees ? (
        <Cell
          className='notice-entry-urge'
          title='催办'
          description='按条件选人、预览、发送、看回执'
          extra='›'
          clickable
          onClick={go('urge')}
        />
      ) : null}
      {writes || oversees ? (
        <Cell
          className='notice-entry-manage'
          title='公示管理'
          description='发布公示、处理异议'
          extra='›'
          clickable
          onClick={go('manage')}
        />
      ) : null}
    </CellGroup>
  )
}
