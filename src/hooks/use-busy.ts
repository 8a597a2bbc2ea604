import { useCallback, useState } from 'react'
import { isAppError } from '@contract/errors'

/**
 * One action at a time with its outcome as a sentence: the shape every notice form needs. A refusal
 * shows the server's Chinese message; anything else shows `fallback`.
 */
export function useBusy(fallback = '操作失败，请重试') {
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState<string | null>(null)
  const run = useCallback(
    async <T>(work: () => Promise<T>, done?: (result: T) => string): Promise<T | null> => {
      setBusy(true)
      setMessage(null)
      try {
        const result = await work()
        if (done) setMessage(done(result))
        return result
      } catch (err) {
        setMessage(isAppError(err) ? err.message : fallback)
        return null
      } finally {
        setBusy(false)
      }
    },
    [fallback],
  )
  return { busy, message, setMessage, run }
}
