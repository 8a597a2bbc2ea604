import { View, Text, Image } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { Button, Cell, CellGroup, TextArea } from '@nutui/nutui-react-taro'
import { AsyncGate } from '@/components/async-gate'
import { useToday } from '@/hooks/use-today'
import { useSpotCheck } from '@/hooks/use-spot-check'
import { FieldLabel } from '@/components/field-label'
import '../../presence.scss'

/** 暗访: mark who was found; an absence without approved leave goes on the record for a person to confirm. */
export default function SpotCheckPage() {
  const villageId = useRouter().params.villageId ?? ''
  const today = useToday(villageId)
  const form = useSpotCheck(villageId)
  return (
    <View className='zc-page spot-check-page'>
      <AsyncGate state={today.state} onRetry={today.reload}>
        {(t) => (
          <CellGroup title='现场情况'>
            {t.cadres.map((c) => (
              <Cell
                key={c.personId}
                className='spot-cadre'
                title={`${c.name} · ${c.postLabel}`}
                description={c.status === 'on_leave' ? '今日请假（已批准）' : c.statusLabel}
                extra={
                  <View className='zc-p__chips'>
                    <Text
                      className={`zc-p__chip spot-present ${form.marks[c.personId] === 'present' ? 'zc-p__chip--on' : ''}`}
                      onClick={() => form.mark(c.personId, 'present')}
                    >
                      在岗
                    </Text>
                    <Text
                      className={`zc-p__chip spot-absent ${form.marks[c.personId] === 'absent' ? 'zc-p__chip--on' : ''}`}
                      onClick={() => form.mark(c.personId, 'absent')}
                    >
                      不在岗
                    </Text>
                  </View>
                }
              />
            ))}
          </CellGroup>
        )}
      </AsyncGate>
      <View className='zc-p__form'>
        <FieldLabel text='情况说明' />
        <TextArea
          className='spot-note'
          placeholder='情况说明（可选）'
          maxLength={500}
          value={form.note}
          onChange={form.setNote}
        />
        <View className='zc-p__row zc-p__chips'>
          {form.photos.map((p) => (
            <Image key={p} src={p} mode='aspectFill' style={{ width: '120px', height: '120px' }} />
          ))}
          {form.photos.length < 6 ? (
            <Text className='zc-p__chip' onClick={() => void form.addPhoto()}>
              ＋ 拍照
            </Text>
          ) : null}
        </View>
        <Button
          type='primary'
          block
          className='spot-submit'
          loading={form.busy}
          disabled={form.busy || !!form.result}
          onClick={() => void form.submit()}
        >
          提交暗访记录
        </Button>
      </View>
      {form.error ? <Text className='zc-p__msg'>{form.error}</Text> : null}
      {form.result ? (
        <View className='zc-p__detail spot-result'>
          <Text>已记录。</Text>
          {form.result.absences.map((a) => (
            <Text key={a.personId} className='zc-p__warn'>
              {a.name}：
              {a.excused
                ? '当日有批准的请假，不计入'
                : `本年未请假不在岗 ${a.unexcusedThisYear} 次${a.suggestion ? `，按规定建议：${a.suggestion}（待人工确认）` : ''}`}
            </Text>
          ))}
        </View>
      ) : null}
    </View>
  )
}
