import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import Taro, { useDidShow, usePullDownRefresh, useRouter } from '@tarojs/taro'
import { Button } from '@nutui/nutui-react-taro'
import {
  RECT_SOURCES,
  RECT_SOURCE_LABELS,
  RECT_STATES,
  RECT_STATE_LABELS,
} from '@contract/domain/rectification'
import { PagedFooter } from '@/components/paged-footer'
import { RectItemCard } from '@/components/rect-item-card'
import { useExport, useLedger, useRegisterOptions, type LedgerFilter } from '@/hooks/use-rectify'
import { useWorkbench } from '@/hooks/use-workbench'
import '../../rectify.scss'

const OVERSEE = ['admin', 'supervisor', 'township_leader']

/** The ledger of my scope: filter by village, source, state or overdue; export what is shown. */
export default function LedgerPage() {
  // A dashboard drills in with its filters (?villageId= / ?townshipId= / &overdue=1).
  const { params } = useRouter()
  const [filter, setFilter] = useState<LedgerFilter>(() => ({
    villageId: params.villageId || undefined,
    townshipId: params.townshipId || undefined,
    overdue: params.overdue === '1' ? true : undefined,
  }))
  const list = useLedger(filter)
  const exporter = useExport()
  const options = useRegisterOptions()
  const workbench = useWorkbench()
  const canExport =
    workbench.state.status === 'ready' && workbench.state.data.roles.some((r) => OVERSEE.includes(r.role))
  const villages = options.state.status === 'ready' ? options.state.data.villages : []
  useDidShow(() => void list.reload())
  usePullDownRefresh(() => void list.reload().finally(() => Taro.stopPullDownRefresh()))
  const pick = (patch: LedgerFilter) => setFilter((f) => ({ ...f, ...patch }))
  const chip = (on: boolean, extra: string) => `zc-r__chip ${extra} ${on ? 'zc-r__chip--on' : ''}`
  return (
    <View className='zc-page rect-ledger-page'>
      <View className='zc-r__bar'>
        <Text
          className={chip(!filter.villageId, 'rect-filter-village--all')}
          onClick={() => pick({ villageId: undefined })}
        >
          全部村
        </Text>
        {villages.map((v) => (
          <Text
            key={v.id}
            className={chip(filter.villageId === v.id, 'rect-filter-village')}
            onClick={() => pick({ villageId: v.id })}
          >
            {v.name}
          </Text>
        ))}
      </View>
      <View className='zc-r__bar'>
        <Text
          className={chip(!filter.source, 'rect-filter-source--all')}
          onClick={() => pick({ source: undefined })}
        >
          全部来源
        </Text>
        {RECT_SOURCES.map((s) => (
          <Text
            key={s}
            className={chip(filter.source === s, `rect-filter-source--${s}`)}
            onClick={() => pick({ source: s })}
          >
            {RECT_SOURCE_LABELS[s]}
          </Text>
        ))}
      </View>
      <View className='zc-r__bar'>
        <Text
          className={chip(!filter.state, 'rect-filter-state--all')}
          onClick={() => pick({ state: undefined })}
        >
          全部状态
        </Text>
        {RECT_STATES.map((s) => (
          <Text
            key={s}
            className={chip(filter.state === s, `rect-filter-state--${s}`)}
            onClick={() => pick({ state: s })}
          >
            {RECT_STATE_LABELS[s]}
          </Text>
        ))}
        <Text
          className={chip(!!filter.overdue, 'rect-filter-overdue')}
          onClick={() => pick({ overdue: filter.overdue ? undefined : true })}
        >
          只看逾期
        </Text>
      </View>
      <View className='zc-r__actions'>
        <Button
          size='small'
          type='primary'
          className='rect-new'
          onClick={() => void Taro.navigateTo({ url: '/packages/rectify/pages/register/index' })}
        >
          挂号登记
        </Button>
        {canExport ? (
          <Button
            size='small'
            className='rect-export'
            loading={exporter.busy}
            onClick={() => void exporter.run(filter)}
          >
            导出台账
          </Button>
        ) : null}
      </View>
      {exporter.message ? <Text className='zc-r__msg rect-export-message'>{exporter.message}</Text> : null}
      {list.items.map((i) => (
        <RectItemCard key={i.id} item={i} />
      ))}
      <PagedFooter list={list} empty='暂无整改事项' />
    </View>
  )
}
