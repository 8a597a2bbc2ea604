import { useCallback } from 'react'
import type { MeasureStatus, MeasureType } from '@contract/domain/monitoring'
import { call } from '@/services/client'
import { useAsync } from './use-async'
import { useBusy } from './use-busy'

export interface MeasureDraft {
  type: MeasureType
  responsibleId: string
  startDay: string
  plannedDay: string
  note: string
}

/** A household's 帮扶措施: the list, adding one, moving one forward. Errors come back in Chinese. */
export function useMeasures(householdId: string) {
  const { state, reload } = useAsync(() => call('visit', 'listMeasures', { householdId }))
  const { busy, message, run: runBusy } = useBusy()

  /** One change, then the list again; true when it went through (the message says either way). */
  const run = useCallback(
    async (work: () => Promise<unknown>, done: string): Promise<boolean> =>
      (await runBusy(
        async () => {
          await work()
          await reload()
          return true
        },
        () => done,
      )) ?? false,
    [runBusy, reload],
  )

  const add = useCallback(
    (measure: MeasureDraft) =>
      run(() => call('visit', 'addMeasure', { householdId, measure }), '已添加帮扶措施，已通知责任人'),
    [run, householdId],
  )
  const move = useCallback(
    (measureId: string, status: MeasureStatus, note: string) =>
      run(() => call('visit', 'updateMeasureStatus', { measureId, status, note }), '已更新措施进度'),
    [run],
  )
  return { state, reload, busy, message, add, move }
}
