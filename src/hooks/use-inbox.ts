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
  const list = usePaged(async (offset, limit) => {
    const page = await call('notice', 'listInbox', { unreadOnly, offset, limit })
    setUnread(page.unread)
    return { items: page.items, hasMore: offset + page.items.length < page.total }
  }, String(unreadOnly))

  const open = useCallback(async (item: InboxItem) => {
    if (!item.read) setUnread((await call('notice', 'markRead', { inboxId: item.id })).unread)
    item.read = true
    if (item.link && !item.link.startsWith('/packages/notice/pages/inbox/')) void Taro.navigateTo({ url: item.link })
  }, [])

  const readAll = useCallback(async () => {
    setUnread((await call('notice', 'markRead', {})).unread)
    await list.reload()
  }, [list])

  return { list, unread, unreadOnly, setUnreadOnly, open, readAll }
}
