import { useCallback } from 'react'
import type { ActionInput, ActionOutput } from '@contract/api'
import { call } from '@/services/client'
import { useAsync } from './use-async'
import { useBusy } from './use-busy'

export type BodiesView = ActionOutput<'org', 'listCommandBodies'>
export type SecondmentsView = ActionOutput<'org', 'listSecondments'>
export type SecondmentInput = Omit<ActionInput<'org', 'postSecondment'>, 'unitId'>

/** A unit's levels page: its command body and its children's, and (above villages) its 挂职 roster. */
export function useUnitLevels(unitId: string, withRoster: boolean) {
  const bodies = useAsync<BodiesView>(() => call('org', 'listCommandBodies', { unitId }))
  const roster = useAsync<SecondmentsView | null>(() =>
    withRoster ? call('org', 'listSecondments', { unitId }) : Promise.resolve(null),
  )
  const { busy, message, run } = useBusy()
  const create = useCallback(
    async (name: string) => {
      const done = await run(
        () => call('org', 'createCommandBody', { unitId, name }),
        (b) => `已设立${b.kindLabel}「${b.name}」，记入审计日志`,
      )
      if (done) await bodies.reload()
      return done
    },
    [run, bodies, unitId],
  )
  const second = useCallback(
    async (input: SecondmentInput) => {
      const done = await run(
        () => call('org', 'postSecondment', { ...input, unitId }),
        (s) => `已安排${s.personName}挂职${s.position}，记入审计日志`,
      )
      if (done) await roster.reload()
      return done !== null
    },
    [run, roster, unitId],
  )
  const endSecondment = useCallback(
    async (secondmentId: string, endDay: string) => {
      const done = await run(
        () => call('org', 'endSecondment', { secondmentId, endKind: 'completion', endDay }),
        (s) => `${s.personName}的挂职已结束（期满）`,
      )
      if (done) await roster.reload()
    },
    [run, roster],
  )
  return { bodies, roster, busy, message, create, second, endSecondment }
}
