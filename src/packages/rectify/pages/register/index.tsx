import { View, Text } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { Button, Input, TextArea } from '@nutui/nutui-react-taro'
import {
  RECT_CATEGORIES,
  RECT_CATEGORY_LABELS,
  RECT_SOURCES,
  RECT_SOURCE_LABELS,
} from '@contract/domain/rectification'
import {
  EVIDENCE_KIND_LABELS,
  RECT_FINDINGS,
  RECT_FINDING_LABELS,
  beforePhotosRequired,
  evidenceKindOf,
} from '@contract/domain/rectification-evidence-rules'
import { AsyncGate } from '@/components/async-gate'
import { useRegisterOptions } from '@/hooks/use-rectify'
import { dayFromToday, useRegisterForm } from '@/hooks/use-rect-register'
import { FieldLabel } from '@/components/field-label'
import '../../rectify.scss'

const chip = (on: boolean, extra: string) => `zc-r__chip ${extra} ${on ? 'zc-r__chip--on' : ''}`

/** 挂号: the problem, target and measures, the village's responsible cadre, a deadline, before-photos. */
export default function RegisterPage() {
  const options = useRegisterOptions()
  const { draft, set, people, addPhoto, submit, busy, message } = useRegisterForm()
  const done = async (dispatchNow: boolean) => {
    const id = await submit(dispatchNow)
    if (id) void Taro.redirectTo({ url: `/packages/rectify/pages/detail/index?id=${id}` })
  }
  return (
    <View className='zc-page rect-register-page'>
      <AsyncGate state={options.state} onRetry={options.reload}>
        {({ villages }) => {
          const village = villages.find((v) => v.id === draft.villageId)
          const sources = village?.selfCheckOnly ? (['self_check', 'visit'] as const) : RECT_SOURCES
          return (
            <View className='zc-r__form'>
              <Text className='zc-r__label'>村</Text>
              <View className='zc-r__chips'>
                {villages.map((v) => (
                  <Text
                    key={v.id}
                    className={chip(draft.villageId === v.id, 'rect-village')}
                    onClick={() => {
                      set('villageId', v.id)
                      if (v.selfCheckOnly) set('source', 'self_check')
                    }}
                  >
                    {v.townshipName}·{v.name}
                  </Text>
                ))}
              </View>
              <Text className='zc-r__label'>问题来源</Text>
              <View className='zc-r__chips'>
                {sources.map((s) => (
                  <Text
                    key={s}
                    className={chip(draft.source === s, `rect-source rect-source--${s}`)}
                    onClick={() => set('source', s)}
                  >
                    {RECT_SOURCE_LABELS[s]}
                  </Text>
                ))}
              </View>
              <Text className='zc-r__label'>问题类别</Text>
              <View className='zc-r__chips'>
                {RECT_CATEGORIES.map((c) => (
                  <Text
                    key={c}
                    className={chip(draft.category === c, `rect-category rect-category--${c}`)}
                    onClick={() => set('category', c)}
                  >
                    {RECT_CATEGORY_LABELS[c]}
                  </Text>
                ))}
              </View>
              <Text className='zc-r__line rect-evidence-kind'>
                {EVIDENCE_KIND_LABELS[evidenceKindOf(draft.category)]}
              </Text>
              <View className='zc-r__chips'>
                {RECT_FINDINGS.map((f) => (
                  <Text
                    key={f}
                    className={chip(draft.foundIn === f, `rect-found rect-found--${f}`)}
                    onClick={() => set('foundIn', f)}
                  >
                    {RECT_FINDING_LABELS[f]}
                  </Text>
                ))}
              </View>
              <FieldLabel text='问题描述' />
              <TextArea
                className='rect-problem'
                placeholder='问题描述'
                maxLength={1000}
                value={draft.problem}
                onChange={(v) => set('problem', v)}
              />
              <FieldLabel text='整改目标' />
              <TextArea
                className='rect-target'
                placeholder='整改目标'
                maxLength={500}
                value={draft.target}
                onChange={(v) => set('target', v)}
              />
              <FieldLabel text='整改措施' />
              <TextArea
                className='rect-measures'
                placeholder='整改措施'
                maxLength={1000}
                value={draft.measures}
                onChange={(v) => set('measures', v)}
              />
              <FieldLabel text='责任单位' />
              <Input
                className='rect-unit'
                placeholder='责任单位（如：某村党支部）'
                maxLength={100}
                value={draft.responsibleUnit}
                onChange={(v) => set('responsibleUnit', v)}
              />
              <Text className='zc-r__label'>责任人（本村干部）</Text>
              <View className='zc-r__chips'>
                {draft.villageId && people.length === 0 ? <Text className='zc-r__line'>读取中…</Text> : null}
                {people.map((p) => (
                  <Text
                    key={p.id}
                    className={chip(draft.responsiblePersonId === p.id, 'rect-person')}
                    onClick={() => set('responsiblePersonId', p.id)}
                  >
                    {p.name}（{p.postLabel}）
                  </Text>
                ))}
              </View>
              <Text className='zc-r__label'>整改时限：{draft.deadline}</Text>
              <View className='zc-r__chips'>
                {[7, 15, 30, 60].map((d) => (
                  <Text
                    key={d}
                    className={chip(draft.deadline === dayFromToday(d), `rect-deadline rect-deadline--${d}`)}
                    onClick={() => set('deadline', dayFromToday(d))}
                  >
                    {d} 天
                  </Text>
                ))}
              </View>
              <Input
                className='rect-deadline-input'
                placeholder='或输入日期 YYYY-MM-DD'
                value={draft.deadline}
                onChange={(v) => set('deadline', v)}
              />
              <Text className='zc-r__label'>
                整改前照片（{beforePhotosRequired(draft.category, draft.foundIn) ? '现场拍摄，必拍' : '选填'}
                ）：已拍 <Text className='rect-before-count'>{draft.beforePhotos.length}</Text> 张
              </Text>
              <Button size='small' className='rect-before-shoot' onClick={() => void addPhoto()}>
                拍照
              </Button>
              {message ? <Text className='zc-r__msg rect-register-message'>{message}</Text> : null}
              <View className='zc-r__actions'>
                <Button
                  className='rect-register-submit'
                  loading={busy}
                  disabled={busy}
                  onClick={() => void done(false)}
                >
                  仅挂号
                </Button>
                <Button
                  type='primary'
                  className='rect-register-dispatch'
                  loading={busy}
                  disabled={busy}
                  onClick={() => void done(true)}
                >
                  挂号并派发
                </Button>
              </View>
            </View>
          )
        }}
      </AsyncGate>
    </View>
  )
}
