import Taro from '@tarojs/taro'
import { Cell, CellGroup } from '@nutui/nutui-react-taro'
import type { Role } from '@contract/domain/role'

/** 调度任务 on the home tab: any cadre's unit may carry a task; supervisors also assign and read 周通报. */
export function TaskEntry({ roles }: { roles: readonly Role[] }) {
  if (roles.length === 0) return null
  return (
    <CellGroup title='调度任务'>
      <Cell
        className='task-entry'
        title='调度任务'
        description='周统计、周提醒、周调度、周通报：下达任务、报送进度'
        extra='›'
        clickable
        onClick={() => void Taro.navigateTo({ url: '/packages/task/pages/list/index' })}
      />
    </CellGroup>
  )
}
