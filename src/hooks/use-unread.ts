import { useDidShow } from '@tarojs/taro'
import { useCallback, useEffect, useState } from 'react'
import { call } from '@/services/client'

/**
 * The unread count for the home tab: the workbench brings it (opening the app makes no call for it);
 * each return to the tab refreshes it with one count query.
 */
export function useUnread(initial: number): number {
  const [unread, setUnread] = useState(initial)
  useEffect(() => setUnread(initial), [initial])
  const load = useCallback(() => {
    call('notice', 'getUnreadCount', {}).then(
      (r) => setUnread(r.unread),
      () => undefined,
    )
  }, [])
  useDidShow(load)
  return unread
}
