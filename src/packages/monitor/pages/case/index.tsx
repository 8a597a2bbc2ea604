import Taro from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import { Cell, CellGroup } from '@nutui/nutui-react-taro'
import type { CaseDetail } from '@contract/api/monitor-schemas'
import { shanghaiClock, shanghaiDay } from '@contract/domain/presence-time'
import { AsyncGate } from '@/components/async-gate'
import { StepAction } from '@/components/monitor-step'
import { useMonitorCase, type Objection } from '@/hooks/use-monitor-case'
import '../../monitor.scss'

/** An instant as Shanghai's day and clock. */
const time = (iso: string) => `${shanghaiDay(new Date(iso))} ${shanghaiClock(new Date(iso))}`

function Summary({ c }: { c: CaseDetail }) {
  return (
    <View className='zc-m__card monitor-summary'>
      <Text className='zc-m__head'>{`${c.villageName} ${c.headName}户 · ${c.kindLabel}`}</Text>
      <Text className='zc-m__meta monitor-step-now'>
        {`当前环节：${c.stepLabel}${c.stepDueDay ? `，限 ${c.stepDueDay} 前办理` : ''}`}
        {c.overdue ? <Text className='zc-m__late'>（已逾期）</Text> : null}
      </Text>
      <Text className='zc-m__meta'>{`来源：${c.sourceLabel}；风险类型：${c.riskLabels.join('、')}`}</Text>
      {c.monitorTypeLabel ? <Text className='zc-m__meta'>{`监测类型：${c.monitorTypeLabel}`}</Text> : null}
      <Text className={`zc-m__meta monitor-income-line ${c.income.needsReason ? 'zc-m__late' : ''}`}>
        {`${c.income.lineYear} 年监测标准 ${c.income.line} 元/人·年；${c.income.text}`}
      </Text>
    </View>
  )
}

function Publicity({ c, objections }: { c: CaseDetail; objections: Objection[] }) {
  if (!c.notice) return null
  const n = c.notice
  return (
    <View className='zc-m__card monitor-notice'>
      <Text className='zc-m__head'>村级评议公示</Text>
      <Text className='zc-m__meta'>{`${n.startDay} 至 ${n.endDay}${n.open ? '（公示中）' : '（已结束）'}；异议 ${n.objections} 条`}</Text>
      {objections.map((o) => (
        <Text
          key={o.id}
          className='zc-m__warn monitor-objection'
        >{`异议：${o.text}${o.reply ? `；答复：${o.reply}` : ''}`}</Text>
      ))}
      {n.objections > 0 ? (
        <Text
          className='zc-m__meta monitor-objections-link'
          onClick={() =>
            void Taro.navigateTo({ url: `/packages/notice/pages/objections/index?noticeId=${n.noticeId}` })
          }
        >
          处理异议 ›
        </Text>
      ) : null}
    </View>
  )
}

/** One case: the income against the line, the 公示 and its objections, every step taken, the step to take. */
export default function CasePage() {
  const m = useMonitorCase()
  return (
    <View className='zc-page monitor-case-page'>
      <AsyncGate state={m.detail.state} onRetry={m.detail.reload}>
        {({ c: loaded, objections }) => {
          const c = m.decided ?? loaded
          return (
            <>
              <Summary c={c} />
              <Publicity c={c} objections={objections} />
              <CellGroup title='办理记录'>
                {c.history.map((r, i) => (
                  <Cell
                    key={i}
                    className='monitor-history'
                    title={
                      r.outcome === 'started'
                        ? `发起 · ${r.byName}`
                        : `${r.stepLabel} · ${r.outcomeLabel} · ${r.byName}`
                    }
                    description={`${time(r.at)}  ${r.note}`}
                  />
                ))}
              </CellGroup>
              {m.message ? <Text className='zc-m__msg monitor-message'>{m.message}</Text> : null}
              <StepAction
                key={c.history.length}
                c={c}
                busy={m.busy}
                onDecide={(o, f) => void m.decide(c, o, f)}
              />
            </>
          )
        }}
      </AsyncGate>
    </View>
  )
}
