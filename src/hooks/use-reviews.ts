import { useCallback, useState } from 'react'
import { isAppError } from '@contract/errors'
import type { ActionInput } from '@contract/api'
import { call } from '@/services/client'
import { attachDutyReport, openDutyReport } from '@/services/duty-report'
import { useAsync } from './use-async'

/** 述职评议: the sessions in scope (or, for a cadre, their own results) and the actions on them. */
export function useReviews(role: 'overseer' | 'cadre') {
  const { state, reload } = useAsync(async () =>
    role === 'overseer'
      ? { sessions: (await call('presence', 'listReviewSessions', {})).items, mine: [] }
      : { sessions: [], mine: (await call('presence', 'listMyReviews', {})).items },
  )
  const [message, setMessage] = useState<string | null>(null)
  const create = useCallback(
    async (input: ActionInput<'presence', 'createReviewSession'>) => {
      setMessage(null)
      try {
        await call('presence', 'createReviewSession', input)
        setMessage('已建立述职评议会')
        await reload()
      } catch (err) {
        setMessage(isAppError(err) ? err.message : '保存失败，请重试')
      }
    },
    [reload],
  )
  return { state, reload, message, create }
}

const failed = (err: unknown, fallback: string) => (isAppError(err) ? err.message : fallback)

/** One session: its entries, the cadres to record, a 述职 file to attach, and recording a result. */
export function useReviewSession(sessionId: string) {
  const { state, reload } = useAsync(() => call('presence', 'getReviewSession', { sessionId }))
  const [message, setMessage] = useState<string | null>(null)
  const [attached, setAttached] = useState<{ fileID: string; name: string } | null>(null)
  const [attaching, setAttaching] = useState(false)
  const attach = useCallback(async () => {
    setMessage(null)
    setAttaching(true)
    try {
      const file = await attachDutyReport()
      if (file) setAttached(file)
    } catch (err) {
      setMessage(failed(err, '述职材料上传失败，请重试'))
    } finally {
      setAttaching(false)
    }
  }, [])
  const open = useCallback(async (file: { name: string; url: string }) => {
    try {
      await openDutyReport(file)
    } catch (err) {
      setMessage(failed(err, '无法打开文件'))
    }
  }, [])
  const record = useCallback(
    async (input: Omit<ActionInput<'presence', 'recordReview'>, 'sessionId'>) => {
      setMessage(null)
      try {
        await call('presence', 'recordReview', { ...input, sessionId })
        setMessage('已录入评议结果')
        setAttached(null)
        await reload()
        return true
      } catch (err) {
        setMessage(failed(err, '保存失败，请重试'))
        return false
      }
    },
    [reload, sessionId],
  )
  return { state, reload, message, record, attach, attached, attaching, open }
}
