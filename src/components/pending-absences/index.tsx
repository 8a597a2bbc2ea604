import { View, Text } from '@tarojs/components'
import { Button, Cell, CellGroup, Input } from '@nutui/nutui-react-taro'
import { usePendingAbsences } from '@/hooks/use-absences'
import { FieldLabel } from '@/components/field-label'

/**
 * 暗访 absences waiting for a person: the rule's suggestion is shown, the township leader or the county
 * admin confirms it (counted) or excuses it with a reason (not counted). Others only see the list.
 */
export function PendingAbsences({ villageId }: { villageId?: string }) {
  const { state, comments, setComment, decide, busyId, message } = usePendingAbsences(villageId)
  if (state.status !== 'ready' || (state.data.items.length === 0 && !message)) return null
  return (
    <View className='pending-absences'>
      {state.data.items.length ? (
        <CellGroup title='暗访不在岗 · 待确认'>
          {state.data.items.map((a) => (
            <Cell key={a.id} className='pending-absence'>
              <View className='zc-p__detail'>
                <Text>
                  {a.villageName} · {a.name} · {a.day}
                </Text>
                <Text className='zc-p__warn'>
                  本年未请假不在岗 {a.unexcusedThisYear} 次
                  {a.suggestion ? `，按规定建议：${a.suggestion}` : ''}
                </Text>
                {a.canDecide ? (
                  <>
                    <FieldLabel text='认定意见' />
                    <Input
                      className='absence-comment'
                      placeholder='意见（认定有正当理由时必填）'
                      maxLength={200}
                      value={comments[a.id] ?? ''}
                      onChange={(v: string) => setComment(a.id, v)}
                    />
                    <View className='zc-p__row'>
                      <Button
                        size='small'
                        type='primary'
                        className='absence-confirm'
                        loading={busyId === a.id}
                        disabled={busyId !== null}
                        onClick={() => void decide(a.id, 'confirmed')}
                      >
                        确认计入
                      </Button>
                      <Button
                        size='small'
                        type='default'
                        className='absence-excuse'
                        disabled={busyId !== null}
                        onClick={() => void decide(a.id, 'excused')}
                      >
                        有正当理由，不计入
                      </Button>
                    </View>
                  </>
                ) : (
                  <Text className='zc-p__muted'>待乡镇或县委组织部确认</Text>
                )}
              </View>
            </Cell>
          ))}
        </CellGroup>
      ) : null}
      {message ? <Text className='zc-p__msg absence-msg'>{message}</Text> : null}
    </View>
  )
}
