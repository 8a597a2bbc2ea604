import { useState } from 'react'
import { View, Text, Image } from '@tarojs/components'
import { useDidShow, useRouter } from '@tarojs/taro'
import { Button, TextArea } from '@nutui/nutui-react-taro'
import { diffForms } from '@contract/domain/visit-diff'
import { RISK } from '@contract/domain/visit-form'
import { AsyncGate } from '@/components/async-gate'
import { VisitChanges } from '@/components/visit-changes'
import { VisitFormFields } from '@/components/visit-form-fields'
import { goVisit } from '@/hooks/use-visit'
import { useVisitDetail } from '@/hooks/use-visit-detail'
import { shanghaiTime } from '../../visit-row'
import { FieldLabel } from '@/components/field-label'
import '../../visit.scss'

/** A visit: its current form, every version with what changed and why, reviews, sharing and the 监测识别 it started. */
export default function VisitPage() {
  const { params } = useRouter()
  const id = params.id ?? ''
  const { state, reload, review, share, message, busy } = useVisitDetail(id)
  const [comment, setComment] = useState('')
  useDidShow(() => void reload())
  return (
    <View className='zc-page visit-detail-page'>
      <AsyncGate state={state} onRetry={reload}>
        {(v) => (
          <>
            <View className='zc-v__card'>
              <Text className='zc-v__title visit-detail-head'>
                {v.headName}户 · {v.villageName}
              </Text>
              <Text className='zc-v__line'>
                {shanghaiTime(v.startedAt)} 至 {shanghaiTime(v.endedAt)} · {v.authorName}
              </Text>
              <Text className='zc-v__line visit-detail-version'>
                第 {v.version} 版 · {v.status === 'returned' ? '已退回待更正' : '已提交'}
                {v.syncedLate ? ' · 离线补传' : ''}
              </Text>
              <Text className='zc-v__muted'>
                {v.startLocation
                  ? `开始位置 ${v.startLocation.lat.toFixed(4)}, ${v.startLocation.lng.toFixed(4)}`
                  : '开始时未定位'}{' '}
                · 照片 {v.photos}/{v.photoCount}
              </Text>
              <View className='zc-v__photos'>
                {v.photoList.map((p) => (
                  <Image
                    key={p.index}
                    className='zc-v__photo visit-detail-photo'
                    src={p.url}
                    mode='aspectFill'
                  />
                ))}
              </View>
            </View>
            {message ? <Text className='zc-v__msg visit-detail-message'>{message}</Text> : null}
            <View className='zc-v__actions'>
              {v.may.correct ? (
                <Button
                  type='primary'
                  size='small'
                  className='visit-correct'
                  onClick={() => goVisit('correct', `id=${v.id}`)}
                >
                  更正
                </Button>
              ) : null}
              {v.may.share ? (
                <Button
                  size='small'
                  className='visit-share'
                  disabled={busy}
                  onClick={() => void share(!v.shared)}
                >
                  {v.shared ? '取消共享' : '共享为范例'}
                </Button>
              ) : null}
            </View>
            {v.monitorCaseId ? (
              <Text className='zc-v__line zc-v__pad visit-monitor-case'>
                已发起监测识别（{v.monitorCaseId}），交村级评议
              </Text>
            ) : null}
            {v.followUps.map((f) => (
              <Text key={f.itemId} className='zc-v__muted zc-v__pad'>
                2026 年前转整改的记录：{RISK.labels[f.risk]}（{f.itemId}）
              </Text>
            ))}
            {v.may.review ? (
              <View className='zc-v__card'>
                <FieldLabel text='审核意见' />
                <TextArea
                  className='visit-review-comment'
                  placeholder='审核意见'
                  maxLength={500}
                  value={comment}
                  onChange={setComment}
                />
                <View className='zc-v__bar' style={{ padding: 0 }}>
                  <Button
                    size='small'
                    className='visit-review-comment-send'
                    disabled={busy || !comment.trim()}
                    onClick={() => void review('comment', comment).then(() => setComment(''))}
                  >
                    写意见
                  </Button>
                  <Button
                    size='small'
                    type='danger'
                    className='visit-review-return'
                    disabled={busy || !comment.trim()}
                    onClick={() => void review('return', comment).then(() => setComment(''))}
                  >
                    退回更正
                  </Button>
                </View>
              </View>
            ) : null}
            {v.reviews.map((r, i) => (
              <Text key={i} className='zc-v__msg visit-review'>
                {r.kind === 'return' ? '退回' : '意见'} · {r.byName} · {shanghaiTime(r.at)}：{r.comment}
              </Text>
            ))}
            <Text className='zc-v__section'>版本记录（{v.versions.length}）</Text>
            {[...v.versions].reverse().map((ver) => {
              const prev = v.versions.find((x) => x.version === ver.version - 1)
              return (
                <View key={ver.version} className={`visit-version visit-version--${ver.version}`}>
                  <Text className='zc-v__line zc-v__pad'>
                    第 {ver.version} 版 · {ver.byName} · {shanghaiTime(ver.at)}
                    {ver.reason ? ` · 更正理由：${ver.reason}` : ' · 首次提交'}
                  </Text>
                  {prev ? (
                    <VisitChanges title='本次更正的内容' changes={diffForms(prev.form, ver.form)} />
                  ) : null}
                </View>
              )
            })}
            <Text className='zc-v__section'>当前内容</Text>
            <VisitFormFields form={v.form} onChange={() => undefined} issues={[]} disabled />
          </>
        )}
      </AsyncGate>
    </View>
  )
}
