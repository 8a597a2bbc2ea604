import Taro from '@tarojs/taro'
import { Cell, CellGroup } from '@nutui/nutui-react-taro'
import type { Role } from '@contract/domain/role'

const go = (url: string) => void Taro.navigateTo({ url })

/** 投诉建议 for every signed-in user; the organization department's admins also handle them here. */
export function FeedbackEntry({ roles }: { roles: readonly Role[] }) {
  return (
    <CellGroup title='投诉建议'>
      <Cell
        className='feedback-entry'
        title='投诉建议'
        description='对小程序或驻村工作提出投诉、建议，查看答复'
        extra='›'
        clickable
        onClick={() => go('/packages/feedback/pages/mine/index')}
      />
      {roles.includes('admin') ? (
        <Cell
          className='feedback-inbox-entry'
          title='投诉建议办理'
          description='本单位收到的投诉建议，限期答复'
          extra='›'
          clickable
          onClick={() => go('/packages/feedback/pages/inbox/index')}
        />
      ) : null}
    </CellGroup>
  )
}
