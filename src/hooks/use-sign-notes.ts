import { useCallback } from 'react'
import { call } from '@/services/client'
import { useBusy } from './use-busy'

/**
 * The two things people do with a day's signs: the cadre explains their own day; a reviewer in
 * scope keeps the signs for the monthly record or clears them. `onDone` reloads the month.
 */
export function useSignNotes(onDone: () => Promise<void>) {
  const { busy, message, run: runBusy } = useBusy()
  const run = useCallback(
    async (work: () => Promise<unknown>, done: string): Promise<boolean> =>
      (await runBusy(
        async () => {
          await work()
          await onDone()
          return true
        },
        () => done,
      )) ?? false,
    [runBusy, onDone],
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
