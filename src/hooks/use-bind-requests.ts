import { useCallback, useState } from 'react'
import { isAppError } from '@contract/errors'
import type { ActionOutput } from '@contract/api'
import { call } from '@/services/client'
import { usePaged } from './use-paged'

export type BindRequestRow = ActionOutput<'org', 'listBindRequests'>['items'][number]

/** Pending name + phone requests for the admin to approve or reject. */
export function useBindRequests() {
  const list = usePaged<BindRequestRow>(async (offset, limit) => {
    const res = await call('org', 'listBindRequests', { status: 'pending', offset, limit })
    return { items: res.items, hasMore: offset + res.items.length < res.total }
  }, 'pending')
  const [error, setError] = useState<string | null>(null)
  const decide = useCallback(
    async (requestId: string, approve: boolean) => {
      setError(null)
      try {
        await call('org', 'decideBindRequest', { requestId, approve })
        await list.reload()
      } catch (err) {
        setError(isAppError(err) ? err.message : '操作失败')
      }
    },
    [list],
  )
  return { list, error, decide }
}
