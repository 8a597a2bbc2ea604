import { useCallback } from 'react'
import type { ActionInput, ActionOutput } from '@contract/api'
import type { HandoverPreview } from '@contract/api/org-postings'
import { call } from '@/services/client'
import { useAsync } from './use-async'
import { useBusy } from './use-busy'

export type TeamView = ActionOutput<'org', 'listTeam'>
export type PostInput = ActionInput<'org', 'postCadre'>
export type EndInput = ActionInput<'org', 'endPosting'>
export type { HandoverPreview }

/** A village's 工作队 for a county admin: the team and its history, posting a cadre, ending a posting. */
export function useTeam(villageId: string) {
  const { state, reload } = useAsync<TeamView>(() => call('org', 'listTeam', { villageId }))
  const { busy, message, run } = useBusy()
  const post = useCallback(
    async (input: Omit<PostInput, 'villageId'>) => {
      const done = await run(
        () => call('org', 'postCadre', { ...input, villageId }),
        (p) => `已选派${p.personName}任${p.teamRoleLabel}，记入审计日志`,
      )
      if (done) await reload()
      return done !== null
    },
    [run, reload, villageId],
  )
  const preview = useCallback(
    (postingId: string, successorId?: string) =>
      run(() => call('org', 'previewHandover', { postingId, ...(successorId ? { successorId } : {}) })),
    [run],
  )
  const end = useCallback(
    async (input: EndInput) => {
      const done = await run(
        () => call('org', 'endPosting', input),
        (r) =>
          `任职已结束：结对户 ${r.handover.households} 户、整改事项 ${r.handover.items} 项、公示 ${r.handover.notices} 条已移交${r.handover.receiverName}`,
      )
      if (done) await reload()
      return done !== null
    },
    [run, reload],
  )
  return { state, reload, busy, message, post, preview, end }
}

/** A person's postings, ended ones too. */
export function usePersonPostings(personId: string) {
  return useAsync<ActionOutput<'org', 'listPersonPostings'>>(() =>
    call('org', 'listPersonPostings', { personId }),
  )
}

/** People of the county (or a unit) by name, for choosing a cadre or a successor. */
export async function findPeople(unitId: string, q: string) {
  const res = await call('org', 'listPeople', { unitId, q, limit: 20 })
  return res.items
}
