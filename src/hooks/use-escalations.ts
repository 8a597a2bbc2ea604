import { useCallback, useState } from 'react'
import type { EscalationView } from '@contract/api/rectify-schemas'
import type { EscalationStatus } from '@contract/domain/rectification-escalation'
import type { Role } from '@contract/domain/role'
import { call } from '@/services/client'
import { useBusy } from './use-busy'
import { usePaged } from './use-paged'

/** 通报/约谈/问责 are decided by the county (admin, supervisor); township leaders only see them. */
const DECIDERS: readonly Role[] = ['admin', 'supervisor']

export const canDecideEscalations = (roles: readonly Role[]): boolean =>
  roles.some((r) => DECIDERS.includes(r))

export type EscalationDecision = 'approve' | 'dismiss'

/**
 * Escalation proposals in my scope with one status, a page at a time. A decision keeps the card in
 * place showing its outcome (until the list is read again) so the decider sees what was done.
 */
export function useEscalations(status: EscalationStatus) {
  const list = usePaged<EscalationView>(async (offset, limit) => {
    const page = await call('rectify', 'listEscalations', { status, offset, limit })
    return {
      items: page.items,
      skipped: page.skipped,
      hasMore: offset + page.items.length + page.skipped < page.total,
    }
  }, status)
  const [decided, setDecided] = useState<Record<string, EscalationView>>({})
  const { busy, message, run } = useBusy()

  const decide = useCallback(
    async (id: string, decision: EscalationDecision, comment: string): Promise<boolean> => {
      const input = { escalationId: id, comment: comment.trim() }
      const out = await run(
        () =>
          decision === 'approve'
            ? call('rectify', 'approveEscalation', input)
            : call('rectify', 'dismissEscalation', input),
        (v) => `已处理：${v.personName} ${v.stepLabel}（${v.statusLabel}）`,
      )
      if (out) setDecided((d) => ({ ...d, [id]: out }))
      return out !== null
    },
    [run],
  )

  const reload = useCallback(async () => {
    setDecided({})
    await list.reload()
  }, [list])

  const items = list.items.map((e) => decided[e.id] ?? e)
  return { list, items, decide, reload, busy, message }
}
