import Taro, { useRouter } from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import { Cell, CellGroup, Tag } from '@nutui/nutui-react-taro'
import { AsyncGate } from '@/components/async-gate'
import { PersonList } from '@/components/person-list'
import { UnitChildren } from '@/components/unit-children'
import { goToPeople, useOrgUnit } from '@/hooks/use-org-unit'
import { useWorkbench } from '@/hooks/use-workbench'
import { VillagerCode } from '@/components/villager-code'
import { VillageSettings } from '@/components/village-settings'
import './index.scss'

/** One level of the tree at a time: the unit's facts, its people, and its children to drill into. */
export default function TreePage() {
  const unitId = useRouter().params.unitId
  const { state, reload } = useOrgUnit(unitId)
  const wb = useWorkbench().state
  const admin = wb.status === 'ready' && wb.data.roles.some((r) => r.role === 'admin')
  const overseer =
    wb.status === 'ready' &&
    wb.data.roles.some((r) => ['admin', 'supervisor', 'township_leader'].includes(r.role))

  return (
    <View className='zc-page tree-page'>
      <AsyncGate state={state} onRetry={reload}>
        {({ detail, children }) => (
          <>
            {detail ? (
              <View className='tree-page__head'>
                <Text className='tree-page__trail'>{detail.trail.map((t) => t.name).join(' / ')}</Text>
                <View className='tree-page__title'>
                  <Text className='unit-name'>{detail.unit.name}</Text>
                  <Tag plain>{detail.unit.levelLabel}</Tag>
                  {detail.unit.flags?.poor ? (
                    <Tag type='primary' plain>
                      贫困村
                    </Tag>
                  ) : null}
                  {detail.unit.flags?.weak ? (
                    <Tag type='warning' plain>
                      软弱涣散村
                    </Tag>
                  ) : null}
                </View>
                <CellGroup>
                  <Cell title='编码' extra={detail.unit.code} />
                  {detail.center ? (
                    <Cell
                      title='党群服务中心'
                      extra={`${detail.center.lat.toFixed(5)}, ${detail.center.lng.toFixed(5)}`}
                    />
                  ) : null}
                  {detail.radiusM ? <Cell title='签到半径' extra={`${detail.radiusM} 米`} /> : null}
                  <Cell
                    className='unit-people'
                    title='人员'
                    extra={`${detail.counts.people} 人 ›`}
                    clickable
                    onClick={() => goToPeople(detail.unit.id)}
                  />
                  <Cell title='建档立卡户' extra={`${detail.counts.households} 户`} />
                </CellGroup>
                {overseer && detail.unit.level !== 'group' ? (
                  <Cell
                    className='unit-levels'
                    title='指挥体系与挂职'
                    description={
                      detail.unit.level === 'village' ? '村级作战室' : '本级指挥部或工作站、下一级、挂职干部'
                    }
                    extra='›'
                    clickable
                    onClick={() =>
                      void Taro.navigateTo({
                        url: `/packages/org/pages/levels/index?unitId=${detail.unit.id}&level=${detail.unit.level}`,
                      })
                    }
                  />
                ) : null}
                {detail.team.length ? <View className='zc-section-title'>驻村工作队</View> : null}
                {overseer && detail.unit.level === 'village' ? (
                  <Cell
                    className='unit-team'
                    title='工作队与任期'
                    description='队长、队员、期次与任期；选派、轮换、召回调整'
                    extra='›'
                    clickable
                    onClick={() =>
                      void Taro.navigateTo({
                        url: `/packages/org/pages/team/index?villageId=${detail.unit.id}`,
                      })
                    }
                  />
                ) : null}
                <PersonList people={detail.team} />
                {detail.cadres.length ? <View className='zc-section-title'>村干部</View> : null}
                <PersonList people={detail.cadres} />
                {detail.unit.level === 'village' ? (
                  <VillagerCode villageName={detail.unit.name} villageCode={detail.unit.code} />
                ) : null}
                {admin && detail.unit.level === 'village' ? (
                  <VillageSettings key={detail.unit.id} detail={detail} onSaved={reload} />
                ) : null}
              </View>
            ) : null}
            <UnitChildren
              key={detail?.unit.id ?? 'roots'}
              title={detail ? '下级单位' : '我的管辖范围'}
              units={children.units}
            />
          </>
        )}
      </AsyncGate>
    </View>
  )
}
