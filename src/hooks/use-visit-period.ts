import { useCallback } from 'react'
import type { ActionOutput } from '@contract/api'
import type { PeriodMonths } from '@contract/domain/visit-period'
import type { KindPeriods } from '@contract/domain/kind-periods'
import { call } from '@/services/client'
import { useAsync } from './use-async'
import { useBusy } from './use-busy'

export type VisitPeriodView = ActionOutput<'visit', 'getPolicy'>

/** 走访周期 on the settings page: read and set through the visit function, which owns it. */
export function useVisitPeriod() {
  const { state, reload } = useAsync<VisitPeriodView>(() => call('visit', 'getPolicy', {}))
  const { busy, message, run } = useBusy()
  const save = useCallback(
    async (periodMonths: PeriodMonths, reason: string): Promise<boolean> => {
      const saved = await run(
        () => call('visit', 'setPolicy', { periodMonths, reason }),
        (p) => `已保存：${p.label}，自 ${p.effectiveFrom} 起`,
      )
      if (saved) await reload()
      return saved !== null
    },
    [run, reload],
  )
  const saveKinds = useCallback(
    async (byKind: KindPeriods, reason: string): Promise<boolean> => {
      const saved = await run(
        () => call('visit', 'setKindPeriods', { byKind, reason }),
        (p) => `已保存：${p.byKindLabel}`,
      )
      if (saved) await reload()
      return saved !== null
    },
    [run, reload],
  )
  return { state, save, saveKinds, busy, message }
}
