import Taro, { usePullDownRefresh } from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import { Cell, CellGroup } from '@nutui/nutui-react-taro'
import { CASE_KIND, CASE_STEP } from '@contract/domain/monitoring'
import { PagedFooter } from '@/components/paged-footer'
import { Chips } from '@/components/monitor-chips'
import { useMonitorCases } from '@/hooks/use-monitor-cases'
import '../../monitor.scss'

const go = (url: string) => void Taro.navigateTo({ url })

/** 防返贫监测 cases of the caller's scope: filter by step, kind and 逾期; open one to act on it. */
export default function CasesPage() {
  const m = useMonitorCases()
  usePullDownRefresh(() => void m.list.reload().finally(() => Taro.stopPullDownRefresh()))
  return (
    <View className='zc-page monitor-cases'>
      <Text className='zc-m__intro'>
        识别纳入与风险消除：村级评议（含公示）→ 乡镇审核 → 县级确认。每个环节限时办理，逾期标红。
      </Text>
      <View className='zc-m__form'>
        <Chips
          name='monitor-step'
          keys={CASE_STEP.keys}
          labels={CASE_STEP.labels}
          chosen={m.step ? [m.step] : []}
          onToggle={(k) => m.setStep(m.step === k ? undefined : k)}
        />
        <Chips
          name='monitor-kind'
          keys={CASE_KIND.keys}
          labels={CASE_KIND.labels}
          chosen={m.kind ? [m.kind] : []}
          onToggle={(k) => m.setKind(m.kind === k ? undefined : k)}
        />
        <Chips
          name='monitor-overdue'
          keys={['overdue'] as const}
          labels={{ overdue: '仅看逾期' }}
          chosen={m.overdueOnly ? ['overdue'] : []}
          onToggle={() => m.setOverdueOnly(!m.overdueOnly)}
        />
      </View>
      <CellGroup>
        {m.list.items.map((c) => (
          <Cell
            key={c.id}
            className={`monitor-case ${c.overdue ? 'monitor-case--late' : ''}`}
            title={`${c.villageName} ${c.headName}户 · ${c.kindLabel}`}
            description={`${c.sourceLabel} · ${c.riskLabels.join('、')}${c.stepDueDay ? ` · 限 ${c.stepDueDay}` : ''}${c.overdue ? ' · 已逾期' : ''}`}
            extra={c.stepLabel}
            clickable
            onClick={() => go(`/packages/monitor/pages/case/index?id=${c.id}`)}
          />
        ))}
      </CellGroup>
      <PagedFooter list={m.list} empty='暂无监测事项' />
      <CellGroup>
        <Cell
          className='monitor-start-entry'
          title='登记申报 / 发起风险消除'
          description='村干部代农户登记申报、生成申报验证码、为监测对象发起风险消除'
          extra='›'
          clickable
          onClick={() => go('/packages/monitor/pages/start/index')}
        />
        <Cell
          className='monitor-import-entry'
          title='导入部门预警名单'
          description='医保、民政、残联、教育、住建、人社名单，按身份证号匹配（县、乡镇）'
          extra='›'
          clickable
          onClick={() => go('/packages/monitor/pages/import/index')}
        />
      </CellGroup>
    </View>
  )
}
