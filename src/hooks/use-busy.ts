import { useCallback, useState } from 'react'
import { isAppError } from '@contract/errors'

/** One action at a time with its outcome as a sentence: the shape every notice form needs. */
export function useBusy() {
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
        setMessage(isAppError(err) ? err.message : '操作失败，请重试')
        return null
      } finally {
        setBusy(false)
      }
    },
    [],
  )
  return { busy, message, setMessage, run }
}
