import { useCallback } from 'react'
import type { ActionInput, ActionOutput } from '@contract/api'
import { call } from '@/services/client'
import { useAsync } from './use-async'
import { useBusy } from './use-busy'

export type RosterView = ActionOutput<'org', 'listRosterReview'>
export type DecideInput = ActionInput<'org', 'decideRosterCase'>

/** The county's 排查: open cases with their facts, decided ones with who decided and why. */
export function useRoster() {
  const { state, reload } = useAsync<RosterView>(() => call('org', 'listRosterReview', {}))
  const { busy, message, run } = useBusy()
  const decide = useCallback(
    async (input: DecideInput) => {
      const done = await run(
        () => call('org', 'decideRosterCase', input),
        (r) => (r.handover ? `已召回调整，工作已移交${r.handover.receiverName}` : '决定已记录，并通知本人'),
      )
      if (done) await reload()
      return done !== null
    },
    [run, reload],
  )
  return { state, reload, busy, message, decide }
}
