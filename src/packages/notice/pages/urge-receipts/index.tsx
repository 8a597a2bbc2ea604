import { View, Text } from '@tarojs/components'
import { Cell, CellGroup } from '@nutui/nutui-react-taro'
import { AsyncGate } from '@/components/async-gate'
import { chinaTime, useUrgeReceipts } from '@/hooks/use-urge-receipts'
import '../../notice.scss'

/** Who received a 催办 (pushed or inbox only) and who has read it. */
export default function UrgeReceiptsPage() {
  const { state, reload } = useUrgeReceipts()
  return (
    <View className='zc-page urge-receipts-page'>
      <AsyncGate state={state} onRetry={reload}>
        {(urge) => (
          <>
            <View className='zc-n__card'>
              <Text className='zc-n__title'>{urge.title}</Text>
              <Text className='zc-n__body'>{urge.body}</Text>
              <Text className='zc-n__meta receipts-summary'>{`${urge.topicLabel} · 发送 ${urge.recipients} 人 · 已读 ${urge.read} 人`}</Text>
            </View>
            <CellGroup title='回执'>
              {urge.receipts.map((r) => (
                <Cell
                  key={r.personId}
                  className={`receipt-item ${r.readAt ? 'receipt-item--read' : 'receipt-item--unread'}`}
                  title={`${r.name}（${r.unitName}）`}
                  description={r.deliveryLabel}
                  extra={r.readAt ? `已读 ${chinaTime(r.readAt)}` : '未读'}
                />
              ))}
            </CellGroup>
            <Text className='zc-n__link zc-n__muted receipts-refresh' onClick={() => void reload()}>
              刷新回执
            </Text>
          </>
        )}
      </AsyncGate>
    </View>
  )
}
