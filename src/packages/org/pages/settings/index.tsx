import { View, Text } from '@tarojs/components'
import { Cell, CellGroup } from '@nutui/nutui-react-taro'
import { AsyncGate } from '@/components/async-gate'
import { PresenceSection } from '@/components/county-settings/presence-section'
import { RemindersSection } from '@/components/county-settings/reminders-section'
import { RetentionSection } from '@/components/county-settings/retention-section'
import { MonitoringSection } from '@/components/county-settings/monitoring-section'
import { LeaveSection } from '@/components/county-settings/leave-section'
import { VisitsSection } from '@/components/county-settings/visits-section'
import { KindPeriodsSection } from '@/components/county-settings/kind-periods-section'
import { HistoryList } from '@/components/county-settings/history-list'
import { SectionHead } from '@/components/county-settings/section-head'
import { useCountySettings } from '@/hooks/use-county-settings'
import { useVisitPeriod } from '@/hooks/use-visit-period'
import '@/components/county-settings/index.scss'

/** 本县设置 (county admins; a 州/市 admin sets the rules its counties inherit): each section with its source and reason, the radius range, and the change history. */
export default function SettingsPage() {
  const settings = useCountySettings()
  const visits = useVisitPeriod()
  return (
    <View className='zc-page settings-page'>
      <AsyncGate state={settings.state} onRetry={() => void settings.reload()}>
        {(view) => (
          <>
            <Text className='cs-intro'>
              {view.countyName}
              {view.level === 'prefecture'
                ? '：本州/市的规则适用于所辖各县（县可在此基础上从严，须写明理由）；比默认更严的设置须写明理由，每次修改记入审计日志。'
                : '：默认规则依照基层减负要求；上级州/市设了规则的，以州/市规则为基准；比基准更严的设置须写明理由，理由向相关人员显示，每次修改记入审计日志。'}
            </Text>
            <PresenceSection
              key={`p-${view.presence.updatedAt ?? ''}`}
              view={view}
              busy={settings.busy}
              message={settings.messageFor('presence')}
              save={settings.save}
            />
            {visits.state.status === 'ready' ? (
              <VisitsSection
                view={visits.state.data}
                busy={visits.busy}
                message={visits.message}
                save={visits.save}
              />
            ) : null}
            {visits.state.status === 'ready' ? (
              <KindPeriodsSection
                key={`k-${visits.state.data.byKindLabel}`}
                view={visits.state.data}
                busy={visits.busy}
                message={visits.message}
                save={visits.saveKinds}
              />
            ) : null}
            <LeaveSection
              key={`l-${view.leave.updatedAt ?? ''}`}
              view={view}
              busy={settings.busy}
              message={settings.messageFor('leave')}
              save={settings.save}
            />
            <RemindersSection
              key={`r-${view.reminders.updatedAt ?? ''}`}
              view={view}
              busy={settings.busy}
              message={settings.messageFor('reminders')}
              save={settings.save}
            />
            <RetentionSection
              key={`d-${view.retention.updatedAt ?? ''}`}
              view={view}
              busy={settings.busy}
              message={settings.messageFor('retention')}
              save={settings.save}
            />
            <MonitoringSection
              key={`m-${view.monitoring.updatedAt ?? ''}`}
              view={view}
              busy={settings.busy}
              message={settings.messageFor('monitoring')}
              save={settings.save}
            />
            <View className='cs-section cs-section--radius'>
              <SectionHead title='签到半径' name='radius' />
              <CellGroup>
                <Cell
                  className='radius-range'
                  title='允许范围'
                  extra={`${view.radiusRange.min}–${view.radiusRange.max} 米`}
                  description='导入、村部位置编辑和签到判定使用同一范围；各村半径在“组织架构”中修改'
                />
              </CellGroup>
            </View>
            <HistoryList history={view.history} />
          </>
        )}
      </AsyncGate>
    </View>
  )
}
