import { useCallback, useState } from 'react'
import { isAppError } from '@contract/errors'
import type { VisitForm } from '@contract/domain/visit-form'
import { formIssues } from '@contract/domain/visit-form'
import { call } from '@/services/client'
import { uuid } from '@/services/uuid'
import { useAsync } from './use-async'
import { useBusy } from './use-busy'

/** A visit with its versions, and what the caller may do with it: review, share. */
export function useVisitDetail(visitId: string) {
  const { state, reload } = useAsync(() => call('visit', 'getVisit', { visitId }))
  const { busy, message, run: runBusy } = useBusy('操作失败')
  const act = useCallback(
    async (run: () => Promise<unknown>, done: string): Promise<void> => {
      await runBusy(
        async () => {
          await run()
          await reload()
        },
        () => done,
      )
    },
    [runBusy, reload],
  )
  const review = (kind: 'comment' | 'return', comment: string) =>
    act(
      () => call('visit', 'reviewVisit', { visitId, kind, comment }),
      kind === 'return' ? '已退回，待走访人更正' : '意见已保存',
    )
  const share = (shared: boolean) =>
    act(
      () => call('visit', 'shareVisit', { visitId, shared }),
      shared ? '已共享为范例（个人信息已脱敏）' : '已取消共享',
    )
  return { state, reload, review, share, message, busy }
}

/** A correction: the current form to edit, a reason, and the version it was based on. */
export function useCorrection(visitId: string) {
  const { state } = useAsync(() => call('visit', 'getVisit', { visitId }))
  const [form, setForm] = useState<VisitForm | null>(null)
  const [reason, setReason] = useState('')
  const [message, setMessage] = useState('')
  const [clientId] = useState(uuid)
  const current = form ?? (state.status === 'ready' ? state.data.form : null)
  const submit = useCallback(async (): Promise<boolean> => {
    if (state.status !== 'ready' || !current) return false
    if (formIssues(current).length) return (setMessage(formIssues(current)[0].message), false)
    if (!reason.trim()) return (setMessage('请填写更正理由'), false)
    try {
      await call('visit', 'correctVisit', {
        visitId,
        clientId,
        baseVersion: state.data.version,
        form: current,
        reason,
      })
      return true
    } catch (err) {
      setMessage(isAppError(err) ? err.message : '更正失败')
      return false
    }
  }, [state, current, reason, visitId, clientId])
  return { state, form: current, setForm, reason, setReason, submit, message }
}
