import { useEffect, useMemo, useState } from 'react'
import {
  flushQueue,
  listQueue,
  retryItem,
  startQueueSync,
  subscribeQueue,
  type QueueItem,
} from '@/services/offline-queue'

/** The offline queue as state: items by state, and the two things a person can do (send now, retry). */
export function useOfflineQueue() {
  const [items, setItems] = useState<QueueItem[]>(() => listQueue())
  useEffect(() => {
    startQueueSync()
    setItems(listQueue())
    return subscribeQueue(setItems)
  }, [])
  const groups = useMemo(
    () => ({
      pending: items.filter((i) => i.state === 'pending'),
      failed: items.filter((i) => i.state === 'failed'),
      synced: items.filter((i) => i.state === 'synced').reverse(),
    }),
    [items],
  )
  return { items, ...groups, flush: flushQueue, retry: retryItem }
}
