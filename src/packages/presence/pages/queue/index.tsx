import { View, Text } from '@tarojs/components'
import { Button, Cell, CellGroup } from '@nutui/nutui-react-taro'
import { useOfflineQueue } from '@/hooks/use-offline-queue'
import { QUEUE_STATE_LABELS, type QueueItem } from '@/services/offline-queue'
import '../../presence.scss'

function time(iso: string): string {
  const d = new Date(new Date(iso).getTime() + 8 * 3600_000).toISOString()
  return `${d.slice(5, 10)} ${d.slice(11, 16)}`
}

function resultText(item: QueueItem): string {
  const r = item.result as { message?: unknown } | undefined
  return typeof r?.message === 'string' ? r.message : '已送达'
}

/** Everything made without signal: waiting, refused (with the reason, retryable) and delivered. */
export default function QueuePage() {
  const { pending, failed, synced, flush, retry } = useOfflineQueue()
  return (
    <View className='zc-page queue-page'>
      <View className='zc-p__actions'>
        <Button type='primary' className='queue-flush' onClick={() => void flush()}>
          立即发送
        </Button>
      </View>
      <CellGroup title={`${QUEUE_STATE_LABELS.pending}（${pending.length}）`}>
        {pending.length === 0 ? <Cell title='没有待同步的记录' /> : null}
        {pending.map((i) => (
          <Cell
            key={i.id}
            className='queue-item queue-item--pending'
            title={`${i.label} · ${time(i.createdAt)}`}
            description={i.lastError ?? '等待网络'}
          />
        ))}
      </CellGroup>
      <CellGroup title={`${QUEUE_STATE_LABELS.failed}（${failed.length}）`}>
        {failed.map((i) => (
          <Cell
            key={i.id}
            className='queue-item queue-item--failed'
            title={`${i.label} · ${time(i.createdAt)}`}
            description={i.lastError ?? ''}
            extra={
              <Text className='zc-link queue-retry' onClick={() => void retry(i.id)}>
                重试
              </Text>
            }
          />
        ))}
      </CellGroup>
      <CellGroup title={`${QUEUE_STATE_LABELS.synced}（${synced.length}）`}>
        {synced.map((i) => (
          <Cell
            key={i.id}
            className='queue-item queue-item--synced'
            title={`${i.label} · ${time(i.createdAt)}`}
            description={resultText(i)}
          />
        ))}
      </CellGroup>
    </View>
  )
}
