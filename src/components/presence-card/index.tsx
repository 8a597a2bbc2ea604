import { View, Text } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { Button } from '@nutui/nutui-react-taro'
import { SUPERVISING_ROLES, VILLAGE_ROLES, type Role } from '@contract/domain/role'
import type { PolicyView } from '@contract/api/presence-views'
import { useCheckIn, type CheckInState } from '@/hooks/use-check-in'
import { useOfflineQueue } from '@/hooks/use-offline-queue'
import './index.scss'

const PKG = '/packages/presence/pages'
const go = (page: string) => () => void Taro.navigateTo({ url: `${PKG}/${page}/index` })

function Verdict({ state }: { state: CheckInState }) {
  if (state.status === 'idle') return null
  if (state.status === 'busy') return <Text className='zc-checkin__step'>{state.step}</Text>
  if (state.status === 'queued') {
    return (
      <Text className='zc-checkin__verdict zc-checkin__verdict--queued checkin-verdict'>
        当前无网络，签到已保存到待同步，恢复网络后自动发送
      </Text>
    )
  }
  if (state.status === 'failed')
    return (
      <Text className='zc-checkin__verdict zc-checkin__verdict--no checkin-verdict'>{state.message}</Text>
    )
  const r = state.result
  return (
    <View
      className={`zc-checkin__verdict checkin-verdict ${r.counted ? 'zc-checkin__verdict--ok' : 'zc-checkin__verdict--no'}`}
    >
      <Text className='zc-checkin__verdict-title'>
        {r.counted ? `${r.slotLabel}已计入在村` : '本次未计入在村'}
      </Text>
      <Text className='checkin-message'>{r.message}</Text>
      {r.signs.length > 0 ? (
        <Text className='zc-checkin__hint'>
          系统提示：{r.signs.map((s) => s.reason).join('；')}（仅供核实，不作处理）
        </Text>
      ) : null}
    </View>
  )
}

function CheckInSection({ rules }: { rules: PolicyView | null }) {
  const { state, checkIn } = useCheckIn(rules)
  const queue = useOfflineQueue()
  const waiting = queue.pending.length + queue.failed.length
  return (
    <View className='zc-checkin'>
      <View className='zc-checkin__head'>
        <Text className='zc-checkin__title'>在村履职</Text>
        {rules ? (
          <Text className='zc-checkin__rule'>
            每月在村 {rules.requiredDays} 天 · 每日签到 {rules.checkInsPerDay} 次 · 照片
            {rules.photoRequired ? '必填' : '可选'}
          </Text>
        ) : null}
      </View>
      {rules?.strict && rules.reason ? (
        <Text className='zc-checkin__reason'>从严设置理由：{rules.reason}</Text>
      ) : null}
      <View className='zc-checkin__actions'>
        <Button
          className='check-in-button'
          type='primary'
          block
          loading={state.status === 'busy'}
          disabled={state.status === 'busy'}
          onClick={() => void checkIn(false)}
        >
          在村签到
        </Button>
        {rules && !rules.photoRequired ? (
          <Text className='zc-checkin__photo' onClick={() => void checkIn(true)}>
            附照片签到
          </Text>
        ) : null}
      </View>
      <Verdict state={state} />
      <View className='zc-checkin__links'>
        <Text className='zc-link link-calendar' onClick={go('calendar')}>
          在村日历
        </Text>
        <Text className='zc-link link-work-log' onClick={go('work-log')}>
          工作日志
        </Text>
        <Text className='zc-link link-leave' onClick={go('leave')}>
          请销假
        </Text>
        <Text className='zc-link link-queue' onClick={go('queue')}>
          待同步{waiting > 0 ? `（${waiting}）` : ''}
        </Text>
      </View>
    </View>
  )
}

function SupervisorSection({ roles }: { roles: Role[] }) {
  const approves = roles.includes('township_leader') || roles.includes('admin')
  return (
    <View className='zc-checkin'>
      <View className='zc-checkin__head'>
        <Text className='zc-checkin__title'>在岗情况</Text>
      </View>
      <View className='zc-checkin__links'>
        <Text className='zc-link link-today' onClick={go('today')}>
          今日在岗
        </Text>
        {approves ? (
          <Text className='zc-link link-approve' onClick={go('approve')}>
            请假审批
          </Text>
        ) : null}
      </View>
    </View>
  )
}

/** Presence on the home tab: the one-tap check-in for village roles, the overview for supervisors. */
export function PresenceCard({ roles, policy }: { roles: Role[]; policy: PolicyView | null }) {
  const village = roles.some((r) => VILLAGE_ROLES.includes(r))
  const supervising = roles.some((r) => SUPERVISING_ROLES.includes(r))
  return (
    <>
      {village ? <CheckInSection rules={policy} /> : null}
      {supervising ? <SupervisorSection roles={roles} /> : null}
    </>
  )
}
