import { useRef, useState } from 'react'
import { View, Text } from '@tarojs/components'
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro'
import {
  ESCALATION_STATUSES,
  ESCALATION_STATUS_LABELS,
  type EscalationStatus,
} from '@contract/domain/rectification-escalation'
import { PagedFooter } from '@/components/paged-footer'
import { canDecideEscalations, useEscalations } from '@/hooks/use-escalations'
import { useWorkbench } from '@/hooks/use-workbench'
import { EscalationCard } from './escalation-card'
import '../../rectify.scss'
import './index.scss'

/** 一次通报、二次约谈、三次问责: the proposals in my scope, decided by the county with a comment. */
export default function EscalationsPage() {
  const [status, setStatus] = useState<EscalationStatus>('pending')
  const { list, items, decide, reload, busy, message } = useEscalations(status)
  const workbench = useWorkbench()
  const canDecide =
    workbench.state.status === 'ready' && canDecideEscalations(workbench.state.data.roles.map((r) => r.role))
  const shown = useRef(false)
  useDidShow(() => {
    // The list loads on mount; coming back (e.g. from an item's detail) reads it again.
    if (shown.current) void reload()
    shown.current = true
  })
  usePullDownRefresh(() => void reload().finally(() => Taro.stopPullDownRefresh()))
  const chip = (on: boolean, extra: string) => `zc-r__chip ${extra} ${on ? 'zc-r__chip--on' : ''}`
  return (
    <View className='zc-page escalations-page'>
      <View className='zc-r__bar'>
        {ESCALATION_STATUSES.map((s) => (
          <Text
            key={s}
            className={chip(status === s, `escalation-filter--${s}`)}
            onClick={() => setStatus(s)}
          >
            {ESCALATION_STATUS_LABELS[s]}
          </Text>
        ))}
      </View>
      <Text className='esc-hint'>
        12 个月内整改逾期第 1 次通报、第 2 次约谈、第 3
        次及以后问责（销号被驳回不计）；系统只提建议，由人审批，建议与审批结果都会通知本人。
      </Text>
      {message ? <Text className='zc-r__msg escalation-message'>{message}</Text> : null}
      {items.map((e) => (
        <EscalationCard key={e.id} item={e} canDecide={canDecide} busy={busy} onDecide={decide} />
      ))}
      <PagedFooter list={list} empty={status === 'pending' ? '暂无待审批的升级建议' : '暂无记录'} />
    </View>
  )
}
