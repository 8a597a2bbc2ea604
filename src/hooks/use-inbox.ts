import Taro from '@tarojs/taro'
import { useCallback, useState } from 'react'
import type { ActionOutput } from '@contract/api'
import { call } from '@/services/client'
import { usePaged } from './use-paged'

export type InboxItem = ActionOutput<'notice', 'listInbox'>['items'][number]

/** My inbox, newest first; opening a message marks it read and follows its link. */
export function useInbox() {
  const [unreadOnly, setUnreadOnly] = useState(false)
  const [unread, setUnread] = useState(0)
  // Read on this screen since the page loaded: shown as read without reloading the pages already seen.
  const [readNow, setReadNow] = useState<ReadonlySet<string>>(new Set())
  const isRead = useCallback((item: InboxItem) => item.read || readNow.has(item.id), [readNow])
  const list = usePaged(async (offset, limit) => {
    const page = await call('notice', 'listInbox', { unreadOnly, offset, limit })
    setUnread(page.unread)
    return {
      items: page.items,
      skipped: page.skipped,
      hasMore: offset + page.items.length + page.skipped < page.total,
    }
  }, String(unreadOnly))

  const open = useCallback(
    async (item: InboxItem) => {
      if (!isRead(item)) {
        setUnread((await call('notice', 'markRead', { inboxId: item.id })).unread)
        setReadNow((prev) => new Set([...prev, item.id]))
      }
      if (item.link && !item.link.startsWith('/packages/notice/pages/inbox/'))
        void Taro.navigateTo({ url: item.link })
    },
    [isRead],
  )

  const readAll = useCallback(async () => {
    setUnread((await call('notice', 'markRead', {})).unread)
    await list.reload()
  }, [list])

  return { list, unread, unreadOnly, setUnreadOnly, open, readAll, isRead }
}
