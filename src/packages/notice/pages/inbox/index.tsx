import { View, Text } from '@tarojs/components'
import { Button, Cell, CellGroup } from '@nutui/nutui-react-taro'
import { PagedFooter } from '@/components/paged-footer'
import { useInbox, type InboxItem } from '@/hooks/use-inbox'
import { chinaTime } from '@/hooks/use-urge-receipts'
import { askForSubscription } from '@/services/subscribe'
import '../../notice.scss'

function InboxRow({ item, read, onOpen }: { item: InboxItem; read: boolean; onOpen: () => void }) {
  return (
    <Cell
      className={`inbox-item inbox-item--${item.kind} ${read ? 'inbox-item--read' : 'inbox-item--unread'}`}
      title={<Text className={read ? '' : 'zc-n__unread'}>{item.title}</Text>}
      description={`${item.body} · ${chinaTime(item.createdAt)}`}
      extra={read ? '已读' : '未读'}
      clickable
      onClick={onOpen}
    />
  )
}

/** 我的消息: every reminder, 催办 and objection notice lands here, pushed or not. */
export default function InboxPage() {
  const { list, unread, unreadOnly, setUnreadOnly, open, readAll, isRead } = useInbox()
  return (
    <View className='zc-page inbox-page'>
      <View className='zc-n__bar'>
        <Text className='inbox-unread'>未读 {unread} 条</Text>
        <Text
          className={`zc-n__chip inbox-filter ${unreadOnly ? 'zc-n__chip--on' : ''}`}
          onClick={() => setUnreadOnly(!unreadOnly)}
        >
          只看未读
        </Text>
        <Text className='zc-n__link inbox-read-all' onClick={() => void readAll()}>
          全部已读
        </Text>
      </View>
      <CellGroup>
        {list.items.map((item) => (
          <InboxRow key={item.id} item={item} read={isRead(item)} onOpen={() => void open(item)} />
        ))}
      </CellGroup>
      <PagedFooter list={list} empty='暂无消息' />
      <View className='zc-n__actions'>
        <Button block className='inbox-subscribe' onClick={() => void askForSubscription()}>
          开启微信提醒（每次同意可收到一条）
        </Button>
      </View>
      <Text className='zc-n__muted'>
        所有提醒都会进入消息列表；微信推送需要您每次授权，未授权时只在这里显示。
      </Text>
    </View>
  )
}
