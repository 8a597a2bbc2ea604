import { View, Text } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { RectItemSummary } from '@contract/api/rectify-schemas'
import './index.scss'

const OVERDUE_TEXT = { none: '', orange: '已逾期', red: '逾期超7天' } as const

/** One ledger row; the colour says how late it is (orange, then red after 7 days). */
export function RectItemCard({ item }: { item: RectItemSummary }) {
  const open = () => void Taro.navigateTo({ url: `/packages/rectify/pages/detail/index?id=${item.id}` })
  return (
    <View
      className={`zc-rect-card rect-item rect-item--${item.state} zc-rect-card--${item.overdue}`}
      onClick={open}
    >
      <View className='zc-rect-card__head'>
        <Text className='zc-rect-card__state rect-item-state'>{item.stateLabel}</Text>
        <Text className='zc-rect-card__source'>{item.sourceLabel}</Text>
        {item.overdue !== 'none' ? (
          <Text className='zc-rect-card__late rect-item-overdue'>{OVERDUE_TEXT[item.overdue]}</Text>
        ) : null}
        {item.signOverdue ? <Text className='zc-rect-card__late'>超时未签收</Text> : null}
      </View>
      <Text className='zc-rect-card__problem rect-item-problem'>{item.problem}</Text>
      <Text className='zc-rect-card__meta'>
        {item.townshipName}·{item.villageName} · 责任人 {item.responsibleName} · 时限 {item.deadline}
        {item.originalDeadline ? `（原 ${item.originalDeadline}）` : ''}
      </Text>
    </View>
  )
}
