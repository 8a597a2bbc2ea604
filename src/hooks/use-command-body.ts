import { useCallback } from 'react'
import type { ActionInput } from '@contract/api'
import type { CommandBody } from '@contract/domain/command-body'
import { call } from '@/services/client'
import { useAsync } from './use-async'
import { useBusy } from './use-busy'

export type MemberInput = Omit<ActionInput<'org', 'addCommandMember'>, 'bodyId'>

/** One 指挥部 / 工作站 / 作战室: leaders, members and past members; admins of its scope edit it. */
export function useCommandBody(bodyId: string) {
  const { state, reload } = useAsync<CommandBody>(() => call('org', 'getCommandBody', { bodyId }))
  const { busy, message, run } = useBusy()
  const after = useCallback(
    async (work: () => Promise<CommandBody>, done: (b: CommandBody) => string) => {
      const result = await run(work, done)
      if (result) await reload()
      return result !== null
    },
    [run, reload],
  )
  const add = useCallback(
    (input: MemberInput) =>
      after(
        () => call('org', 'addCommandMember', { ...input, bodyId }),
        () => '已增加成员，记入审计日志',
      ),
    [after, bodyId],
  )
  const leave = useCallback(
    (personId: string, untilDay: string) =>
      after(
        () => call('org', 'endCommandMember', { bodyId, personId, untilDay }),
        () => '已办理退出，保留在历任成员中',
      ),
    [after, bodyId],
  )
  const rename = useCallback(
    (name: string) =>
      after(
        () => call('org', 'renameCommandBody', { bodyId, name }),
        (b) => `名称已改为「${b.name}」`,
      ),
    [after, bodyId],
  )
  return { state, reload, busy, message, add, leave, rename }
}

/** 挂职 cadres serving at a county or township: a 市 cadre is homed outside the county's own search. */
export function useSeconded(unitId: string, withRoster: boolean) {
  return useAsync(async () =>
    withRoster
      ? (await call('org', 'listSecondments', { unitId })).active.map((s) => ({
          id: s.personId,
          name: s.personName,
          position: s.position,
        }))
      : [],
  )
}
