import { useCallback, useState } from 'react'
import { isAppError } from '@contract/errors'
import { call } from '@/services/client'
import { useAsync } from './use-async'

type Decision = 'confirmed' | 'excused'

/** This year's 暗访 absences waiting for a person to confirm (or excuse) the rule's suggestion. */
export function usePendingAbsences(villageId?: string) {
  const { state, reload } = useAsync(() =>
    call('presence', 'listPendingAbsences', villageId ? { villageId } : {}),
  )
  const [comments, setComments] = useState<Record<string, string>>({})
  const [busyId, setBusyId] = useState<string | null>(null)
  const [message, setMessage] = useState<string | null>(null)

  const setComment = useCallback((id: string, text: string) => setComments((c) => ({ ...c, [id]: text })), [])
  const decide = useCallback(
    async (absenceId: string, decision: Decision) => {
      const comment = (comments[absenceId] ?? '').trim()
      if (decision === 'excused' && !comment) return setMessage('认定有正当理由时请写明理由')
      setBusyId(absenceId)
      setMessage(null)
      try {
        const res = await call('presence', 'confirmAbsence', { absenceId, decision, comment })
        setMessage(
          `${res.name}：${res.statusLabel}${res.suggestion ? `，本年计 ${res.unexcusedThisYear} 次，建议：${res.suggestion}` : '，本年不计次数'}`,
        )
        void reload()
      } catch (err) {
        setMessage(isAppError(err) ? err.message : '操作失败，请重试')
      } finally {
        setBusyId(null)
      }
    },
    [comments, reload],
  )

  return { state, reload, comments, setComment, decide, busyId, message }
}
