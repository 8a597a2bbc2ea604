import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import { usePullDownRefresh, useDidShow } from '@tarojs/taro'
import Taro from '@tarojs/taro'
import { RECT_STATE_LABELS, type RectState } from '@contract/domain/rectification'
import { PagedFooter } from '@/components/paged-footer'
import { RectItemCard } from '@/components/rect-item-card'
import { useMine } from '@/hooks/use-rectify'
import '../../rectify.scss'

const STATES: RectState[] = [
  'dispatched',
  'signed',
  'in_progress',
  'close_requested',
  'reviewing',
  'extension_requested',
  'disputed',
]

/** What I owe (or what I registered), nearest deadline first, by state. */
export default function MinePage() {
  const [as, setAs] = useState<'responsible' | 'registrar'>('responsible')
  const [state, setState] = useState<RectState | undefined>(undefined)
  const list = useMine(as, state)
  useDidShow(() => void list.reload())
  usePullDownRefresh(() => void list.reload().finally(() => Taro.stopPullDownRefresh()))
  const chip = (on: boolean, extra: string) => `zc-r__chip ${extra} ${on ? 'zc-r__chip--on' : ''}`
  return (
    <View className='zc-page rect-mine-page'>
      <View className='zc-r__bar'>
        <Text
          className={chip(as === 'responsible', 'rect-mine-as--responsible')}
          onClick={() => setAs('responsible')}
        >
          我负责的
        </Text>
        <Text
          className={chip(as === 'registrar', 'rect-mine-as--registrar')}
          onClick={() => setAs('registrar')}
        >
          我登记的
        </Text>
      </View>
      <View className='zc-r__bar'>
        <Text className={chip(!state, 'rect-mine-state--all')} onClick={() => setState(undefined)}>
          全部未结
        </Text>
        {STATES.map((s) => (
          <Text key={s} className={chip(state === s, `rect-mine-state--${s}`)} onClick={() => setState(s)}>
            {RECT_STATE_LABELS[s]}
          </Text>
        ))}
      </View>
      {list.items.map((i) => (
        <RectItemCard key={i.id} item={i} />
      ))}
      <PagedFooter list={list} empty='暂无整改事项' />
    </View>
  )
}
