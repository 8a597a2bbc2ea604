import { View, Text } from '@tarojs/components'
import Taro, { usePullDownRefresh } from '@tarojs/taro'
import { AsyncGate } from '@/components/async-gate'
import { CountGrid } from '@/components/count-grid'
import { PersonHeader } from '@/components/person-header'
import { PresenceCard } from '@/components/presence-card'
import { RectifyEntry } from '@/components/rectify-entry'
import { NoticeEntry } from '@/components/notice-entry'
import { ReportEntry } from '@/components/report-entry'
import { TaskEntry } from '@/components/task-entry'
import { MonitorEntry } from '@/components/monitor-entry'
import { VisitEntry } from '@/components/visit-entry'
import { goToDevSignIn } from '@/hooks/use-dev-identities'
import { goToBind } from '@/hooks/use-bind'
import { rolesLine, useWorkbench } from '@/hooks/use-workbench'
import { supportsDevIdentity } from '@/services/identity'
import './index.scss'

export default function HomePage() {
  const { state, reload } = useWorkbench()

  usePullDownRefresh(() => {
    void reload().finally(() => Taro.stopPullDownRefresh())
  })

  return (
    <View className='zc-page home-page'>
      <AsyncGate
        state={state}
        onRetry={reload}
        onSignIn={supportsDevIdentity ? goToDevSignIn : undefined}
        onBind={goToBind}
      >
        {(workbench) => (
          <>
            <PersonHeader
              name={workbench.person.name}
              roles={rolesLine(workbench.roles)}
              scopeLabel={workbench.scopeLabel}
              extra={
                supportsDevIdentity ? (
                  <Text className='zc-switch switch-identity' onClick={goToDevSignIn}>
                    切换身份
                  </Text>
                ) : null
              }
            />
            <View className='home-page__panel'>
              <View className='home-page__panel-title'>
                <Text>工作概览</Text>
              </View>
              <CountGrid items={workbench.counts} />
            </View>
            {workbench.offline ? (
              <Text className='zc-offline-note home-offline'>
                当前无网络，显示的是上次联网时的工作台。签到、走访会先保存在本机，恢复网络后自动发送。
              </Text>
            ) : null}
            <PresenceCard roles={workbench.roles.map((r) => r.role)} policy={workbench.checkInPolicy} />
            <VisitEntry roles={workbench.roles.map((r) => r.role)} />
            <MonitorEntry roles={workbench.roles.map((r) => r.role)} />
            <RectifyEntry roles={workbench.roles.map((r) => r.role)} />
            <NoticeEntry roles={workbench.roles.map((r) => r.role)} unread={workbench.unread} />
            <ReportEntry roles={workbench.roles.map((r) => r.role)} />
            <TaskEntry roles={workbench.roles.map((r) => r.role)} />
          </>
        )}
      </AsyncGate>
    </View>
  )
}
