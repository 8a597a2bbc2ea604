import { View, Text } from '@tarojs/components'
import { useDidShow, useRouter } from '@tarojs/taro'
import { Button } from '@nutui/nutui-react-taro'
import { kindLabel, POVERTY_CAUSE, REGISTERED_STATUS } from '@contract/domain/household'
import { AsyncGate } from '@/components/async-gate'
import { goVisit, useHousehold } from '@/hooks/use-visit'
import { HouseholdMeasures } from '@/components/household-measures'
import { VisitRow } from '../../visit-row'
import '../../visit.scss'

/** One household over time: who they are (masked), its visits, the 明白卡, and 新建走访. */
export default function HouseholdPage() {
  const { params } = useRouter()
  const id = params.id ?? ''
  const { state, reload, code, issueCard, message } = useHousehold(id)
  useDidShow(() => void reload())
  return (
    <View className='zc-page visit-household-page'>
      <AsyncGate state={state} onRetry={reload}>
        {(d) => (
          <>
            <View className='zc-v__card'>
              <Text className='zc-v__title household-head'>{d.household.headName}</Text>
              <Text className='zc-v__line'>
                {d.townshipName} · {d.villageName}
              </Text>
              <Text className='zc-v__line'>
                身份证 {d.household.idMasked} · 电话 {d.household.phoneMasked}
              </Text>
              <Text className='zc-v__line household-kind'>
                {kindLabel(d.household.kind, d.household.monitorType)}
                {d.household.mainCause
                  ? ` · 主要致贫原因：${POVERTY_CAUSE.labels[d.household.mainCause]}`
                  : ''}
              </Text>
              {d.household.registeredStatus ? (
                <Text className='zc-v__muted household-registered'>
                  建档立卡记录：{REGISTERED_STATUS.labels[d.household.registeredStatus]}
                </Text>
              ) : null}
              <Text className='zc-v__line'>家庭成员 {d.household.members.length} 人</Text>
              <Text className='zc-v__line household-period'>
                {d.periodLabel}已走访 {d.visitsThisPeriod} 次
              </Text>
              {d.offline ? <Text className='zc-v__warn'>离线：显示的是上次联网时的信息</Text> : null}
            </View>
            <View className='zc-v__actions'>
              {d.mayVisit ? (
                <Button
                  type='primary'
                  className='visit-new'
                  onClick={() => goVisit('form', `householdId=${id}`)}
                >
                  新建走访
                </Button>
              ) : null}
              <Button className='visit-card' onClick={() => void issueCard()}>
                明白卡
              </Button>
            </View>
            {(code ?? d.cardCode) ? (
              <Text
                className='zc-v__msg visit-card-code'
                onClick={() => goVisit('card', `code=${code ?? d.cardCode}`)}
              >
                明白卡编号：{code ?? d.cardCode}（点此查看公开页面）
              </Text>
            ) : null}
            {message ? <Text className='zc-v__msg'>{message}</Text> : null}
            {d.offline ? null : <HouseholdMeasures householdId={id} />}
            <Text className='zc-v__section'>走访记录</Text>
            {d.visits.length === 0 ? <Text className='zc-v__muted zc-v__pad'>尚无走访</Text> : null}
            {d.visits.map((v) => (
              <VisitRow key={v.id} visit={v} />
            ))}
          </>
        )}
      </AsyncGate>
    </View>
  )
}
