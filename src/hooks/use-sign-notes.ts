import { useCallback, useState } from 'react'
import { isAppError } from '@contract/errors'
import { call } from '@/services/client'

/**
 * The two things people do with a day's signs: the cadre explains their own day; a reviewer in
 * scope keeps the signs for the monthly record or clears them. `onDone` reloads the month.
 */
export function useSignNotes(onDone: () => Promise<void>) {
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState('')
  const run = useCallback(
    async (work: () => Promise<unknown>, done: string): Promise<boolean> => {
      setBusy(true)
      setMessage('')
      try {
        await work()
        setMessage(done)
        await onDone()
        return true
      } catch (err) {
        setMessage(isAppError(err) ? err.message : '操作失败，请重试')
        return false
      } finally {
        setBusy(false)
      }
    },
    [onDone],
  )
  const explain = (day: string, text: string) =>
    run(() => call('presence', 'explainSigns', { day, text: text.trim() }), '说明已保存')
  const review = (personId: string, day: string, kept: boolean, comment: string) =>
    run(
      () => call('presence', 'reviewSigns', { personId, day, kept, comment: comment.trim() }),
      kept ? '已保留，将计入月度记录，并已通知本人' : '已排除，并已通知本人',
    )
  return { busy, message, explain, review }
}
