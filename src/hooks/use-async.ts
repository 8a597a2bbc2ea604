import { useCallback, useEffect, useRef, useState } from 'react'
import { AppError, isAppError } from '@contract/errors'

export type AsyncState<T> =
  { status: 'loading' } | { status: 'ready'; data: T } | { status: 'error'; error: AppError }

function toAppError(err: unknown): AppError {
  if (isAppError(err)) return err
  // A bug, not a server answer: keep the detail in the console, show the user a plain sentence.
  console.error(err)
  return new AppError('internal', '页面出错了，请稍后重试')
}

/**
 * Runs `load` on mount and on `reload()`. `load(fresh)` receives true on reload so a cache can be
 * bypassed. Answers that arrive after unmount or after a newer request are dropped.
 */
export function useAsync<T>(load: (fresh: boolean) => Promise<T>): {
  state: AsyncState<T>
  reload: () => Promise<void>
} {
  const [state, setState] = useState<AsyncState<T>>({ status: 'loading' })
  const latest = useRef(0)
  const loadRef = useRef(load)
  loadRef.current = load

  const run = useCallback(async (fresh: boolean) => {
    const ticket = ++latest.current
    setState((prev) => (prev.status === 'ready' && fresh ? prev : { status: 'loading' }))
    try {
      const data = await loadRef.current(fresh)
      if (ticket === latest.current) setState({ status: 'ready', data })
    } catch (err) {
      if (ticket === latest.current) setState({ status: 'error', error: toAppError(err) })
    }
  }, [])

  useEffect(() => {
    void run(false)
    return () => {
      latest.current += 1
    }
  }, [run])

  const reload = useCallback(() => run(true), [run])
  return { state, reload }
}
