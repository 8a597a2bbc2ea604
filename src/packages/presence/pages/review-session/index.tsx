import { useState } from 'react'
import { useRouter } from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import { Button, Cell, CellGroup, Input, TextArea } from '@nutui/nutui-react-taro'
import { REVIEW_RESULT_LABELS, REVIEW_RESULTS, type ReviewResult } from '@contract/domain/duty-review'
import { AsyncGate } from '@/components/async-gate'
import { FieldLabel } from '@/components/field-label'
import { useReviewSession } from '@/hooks/use-reviews'
import { ReviewFile } from '@/components/review-file'
import '../../presence.scss'

const VOTE_KEYS = ['good', 'fairlyGood', 'average', 'poor'] as const
const VOTE_LABELS = { good: '好', fairlyGood: '较好', average: '一般', poor: '差' }

/** One session: each cadre's 述职 and the result the meeting decided, entered by a person. No score. */
export default function ReviewSessionPage() {
  const { params } = useRouter()
  const { state, reload, message, record, attach, attached, attaching, open } = useReviewSession(
    params.id ?? '',
  )
  const [personId, setPersonId] = useState('')
  const [text, setText] = useState('')
  const [result, setResult] = useState<ReviewResult>('good')
  const [votes, setVotes] = useState<Record<(typeof VOTE_KEYS)[number], string>>({
    good: '',
    fairlyGood: '',
    average: '',
    poor: '',
  })
  const voted = VOTE_KEYS.some((k) => votes[k].trim() !== '')
  const submit = async () => {
    const counts = {
      good: Number(votes.good || 0),
      fairlyGood: Number(votes.fairlyGood || 0),
      average: Number(votes.average || 0),
      poor: Number(votes.poor || 0),
    }
    const file = attached ? { reportFileId: attached.fileID } : {}
    if (await record({ personId, reportText: text, result, ...file, ...(voted ? { votes: counts } : {}) }))
      setText('')
  }
  return (
    <View className='zc-page review-session-page'>
      {message ? <Text className='zc-p__msg review-message'>{message}</Text> : null}
      <AsyncGate state={state} onRetry={reload}>
        {({ session, entries, cadres, canRecord }) => (
          <>
            <CellGroup title={`${session.date} ${session.title}`}>
              <Cell
                title={`${session.unitName}（${session.levelLabel}级）`}
                description={`参会：${session.attendees.join('、')}`}
              />
              {entries.map((e) => (
                <View key={e.id}>
                  <Cell
                    className='review-entry'
                    title={`${e.personName}：${e.resultLabel}`}
                    description={`${e.reportText}${e.votes ? ` · 票数 好${e.votes.good} 较好${e.votes.fairlyGood} 一般${e.votes.average} 差${e.votes.poor}` : ''}`}
                  />
                  {e.reportFile ? <ReviewFile file={e.reportFile} onOpen={open} /> : null}
                </View>
              ))}
            </CellGroup>
            {canRecord ? (
              <View className='zc-p__form'>
                <FieldLabel text='驻村干部' />
                <View className='zc-p__actions'>
                  {cadres.map((c) => (
                    <Button
                      key={c.personId}
                      type={c.personId === personId ? 'primary' : 'default'}
                      onClick={() => setPersonId(c.personId)}
                    >
                      {c.name}（{c.villageName}）
                    </Button>
                  ))}
                </View>
                <FieldLabel text='述职内容' />
                <TextArea
                  className='review-text'
                  maxLength={2000}
                  value={text}
                  onChange={(s: string) => setText(s)}
                />
                <FieldLabel text='述职材料（可选：PDF、Word 或图片）' />
                <View className='zc-p__actions'>
                  <Button className='review-attach' loading={attaching} onClick={() => void attach()}>
                    {attached ? '更换文件' : '上传述职材料'}
                  </Button>
                </View>
                {attached ? <Text className='review-attached'>已上传：{attached.name}</Text> : null}
                <FieldLabel text='评议结果（由会议决定）' />
                <View className='zc-p__actions'>
                  {REVIEW_RESULTS.map((r) => (
                    <Button key={r} type={r === result ? 'primary' : 'default'} onClick={() => setResult(r)}>
                      {REVIEW_RESULT_LABELS[r]}
                    </Button>
                  ))}
                </View>
                <FieldLabel text='票数（未投票可不填）' />
                {VOTE_KEYS.map((k) => (
                  <Input
                    key={k}
                    className={`review-votes-${k}`}
                    type='number'
                    placeholder={VOTE_LABELS[k]}
                    value={votes[k]}
                    onChange={(s: string) => setVotes((v) => ({ ...v, [k]: s }))}
                  />
                ))}
                <Button type='primary' className='review-record' onClick={() => void submit()}>
                  录入
                </Button>
              </View>
            ) : null}
          </>
        )}
      </AsyncGate>
    </View>
  )
}
