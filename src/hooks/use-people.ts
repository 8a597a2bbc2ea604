import { useCallback, useState } from 'react'
import { isAppError } from '@contract/errors'
import type { ActionOutput } from '@contract/api'
import { call } from '@/services/client'
import { usePaged } from './use-paged'
import type { NameSearch } from '@contract/domain/name-search'

export type PersonRow = ActionOutput<'org', 'listPeople'>['items'][number]
export interface IssuedCode {
  personId: string
  code: string
  expiresAt: string
}

/** People of a unit (masked) and, for admins, the binding actions on each of them. */
export function usePeople(unitId: string, bound: boolean | undefined, search: NameSearch, searchKey: string) {
  const list = usePaged<PersonRow>(
    async (offset, limit) => {
      const res = await call('org', 'listPeople', {
        unitId,
        offset,
        limit,
        ...search,
        ...(bound === undefined ? {} : { bound }),
      })
      return { items: res.items, hasMore: offset + res.items.length < res.total }
    },
    `${unitId}:${String(bound)}:${searchKey}`,
  )
  const [issued, setIssued] = useState<IssuedCode | null>(null)
  const [actionError, setActionError] = useState<string | null>(null)

  const act = useCallback(async (work: () => Promise<void>) => {
    setActionError(null)
    try {
      await work()
    } catch (err) {
      setActionError(isAppError(err) ? err.message : '操作失败')
    }
  }, [])

  const issueCode = useCallback(
    (personId: string) =>
      act(async () => {
        const res = await call('org', 'issueBindCode', { personId })
        setIssued({ personId, code: res.code, expiresAt: res.expiresAt })
      }),
    [act],
  )

  const unbind = useCallback(
    (personId: string) =>
      act(async () => {
        await call('org', 'unbindPerson', { personId })
        await list.reload()
      }),
    [act, list],
  )

  return { list, issued, actionError, issueCode, unbind }
}
