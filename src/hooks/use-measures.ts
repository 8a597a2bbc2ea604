import { useCallback, useState } from 'react'
import { isAppError } from '@contract/errors'
import type { MeasureStatus, MeasureType } from '@contract/domain/monitoring'
import { call } from '@/services/client'
import { useAsync } from './use-async'

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
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState('')

  const run = useCallback(
    async (work: () => Promise<unknown>, done: string): Promise<boolean> => {
      setBusy(true)
      setMessage('')
      try {
        await work()
        setMessage(done)
        await reload()
        return true
      } catch (err) {
        setMessage(isAppError(err) ? err.message : '操作失败，请重试')
        return false
      } finally {
        setBusy(false)
      }
    },
    [reload],
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
