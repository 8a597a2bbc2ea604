import type { ActionOutput } from '@contract/api'
import { call } from '@/services/client'
import { usePaged } from './use-paged'

export type AuditRow = ActionOutput<'org', 'listAudit'>['items'][number]
export interface AuditFilter {
  actorId?: string
  targetId?: string
}

/** The audit log, newest first, optionally for one actor or one target. */
export function useAudit(filter: AuditFilter) {
  return usePaged<AuditRow>(
    async (offset, limit) => {
      const res = await call('org', 'listAudit', { ...filter, offset, limit })
      return { items: res.items, skipped: res.skipped, hasMore: res.hasMore }
    },
    `${filter.actorId ?? ''}|${filter.targetId ?? ''}`,
  )
}
