import { useCallback } from 'react'
import { View, Text } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { AsyncGate } from '@/components/async-gate'
import { RectActions } from '@/components/rect-actions'
import { RectPhotos } from '@/components/rect-photos'
import { RectTimeline } from '@/components/rect-timeline'
import { useItem, useStep } from '@/hooks/use-rectify'
import { attachEvidenceFile, captureEvidence } from '@/services/evidence'
import { chinaTime } from '@/hooks/use-urge-receipts'
import '../../rectify.scss'

const LATE = { none: '', orange: '已逾期', red: '逾期超过7天' } as const

/** One item: what, who, by when; photos before and after side by side; the timeline; my actions. */
export default function DetailPage() {
  const id = useRouter().params.id ?? ''
  const { state, reload } = useItem(id)
  const step = useStep(useCallback(() => reload(), [reload]))
  const photo = useCallback(() => captureEvidence('rectify-after').catch(() => null), [])
  const file = useCallback(() => attachEvidenceFile().catch(() => null), [])
  return (
    <View className='zc-page rect-detail-page'>
      <AsyncGate state={state} onRetry={reload}>
        {(item) => (
          <>
            <View className='zc-r__detail'>
              <Text className='zc-r__line rect-detail-state'>
                【{item.stateLabel}】{item.sourceLabel} · {item.categoryLabel}
              </Text>
              <Text className='zc-r__line rect-detail-problem'>{item.problem}</Text>
              <Text className='zc-r__line'>
                村：{item.townshipName}·{item.villageName}
              </Text>
              <Text className='zc-r__line'>整改目标：{item.target}</Text>
              <Text className='zc-r__line'>整改措施：{item.measures}</Text>
              <Text className='zc-r__line'>
                责任单位：{item.responsibleUnit} · 责任人：{item.responsibleName}
              </Text>
              <Text className='zc-r__line'>
                整改时限：{item.deadline}
                {item.originalDeadline ? `（原定 ${item.originalDeadline}）` : ''}
              </Text>
              {item.overdue !== 'none' ? (
                <Text className='zc-r__warn rect-detail-overdue'>{LATE[item.overdue]}</Text>
              ) : null}
              {item.signOverdue ? <Text className='zc-r__warn'>超过签收时限仍未签收</Text> : null}
              <Text className='zc-r__line'>挂号：{item.registeredByName}</Text>
              <Text className='zc-r__line rect-detail-evidence'>
                佐证：{item.evidenceLabel} · {item.foundInLabel}
              </Text>
              {item.closeDescription ? (
                <Text className='zc-r__line'>整改说明：{item.closeDescription}</Text>
              ) : null}
              {item.reviewComment ? (
                <Text className='zc-r__line rect-detail-review'>
                  复核意见（{item.reviewerName}）：{item.reviewComment}
                </Text>
              ) : null}
              {item.extensionRequest ? (
                <Text className='zc-r__line'>
                  申请延期至 {item.extensionRequest.deadline}：{item.extensionRequest.reason}
                </Text>
              ) : null}
              {item.disputeReason ? <Text className='zc-r__line'>职责异议：{item.disputeReason}</Text> : null}
              {item.withdrawReason ? (
                <Text className='zc-r__line'>撤回理由：{item.withdrawReason}</Text>
              ) : null}
              {item.afterFiles.length > 0 ? (
                <Text className='zc-r__line rect-detail-files'>佐证文件：{item.afterFiles.length} 个</Text>
              ) : null}
              {item.siteConfirmation ? (
                <Text className='zc-r__line rect-detail-confirmation'>
                  复核人现场确认（{item.siteConfirmation.byName}，{chinaTime(item.siteConfirmation.at)}）：
                  {item.siteConfirmation.text}
                </Text>
              ) : null}
              {item.afterFar ? (
                <Text className='zc-r__warn rect-detail-far'>
                  有整改后照片距整改前照片超过200米，请复核时核实
                </Text>
              ) : null}
            </View>
            <RectPhotos before={item.beforePhotos} after={item.afterPhotos} />
            {step.message ? <Text className='zc-r__msg rect-step-message'>{step.message}</Text> : null}
            <RectActions
              item={item}
              busy={step.busy}
              onPhoto={photo}
              onFile={file}
              onStep={(action, comment, extra) => step.run(action, item, comment, extra)}
            />
            <Text className='zc-r__section'>办理经过</Text>
            <RectTimeline events={item.timeline} />
          </>
        )}
      </AsyncGate>
    </View>
  )
}
