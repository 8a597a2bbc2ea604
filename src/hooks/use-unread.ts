import { useDidShow } from '@tarojs/taro'
import { useCallback, useState } from 'react'
import { call } from '@/services/client'

/** The unread count for the home tab, refreshed each time the tab shows (one count query). */
export function useUnread(): number {
  const [unread, setUnread] = useState(0)
  const load = useCallback(() => {
    call('notice', 'getUnreadCount', {}).then((r) => setUnread(r.unread), () => setUnread(0))
  }, [])
  useDidShow(load)
  return unread
}
