import { useCallback, useEffect, useRef, useState } from 'react'
import { AppError, isAppError } from '@contract/errors'

export interface Paged<T> {
  items: T[]
  loading: boolean
  error: AppError | null
  hasMore: boolean
  /** Stored records the server could not show, over the pages loaded so far. */
  skipped: number
  loadMore: () => Promise<void>
  reload: () => Promise<void>
}

const PAGE = 20

/** A list read a page at a time; `key` changes (a filter) start it again from the top. */
export function usePaged<T>(
  load: (offset: number, limit: number) => Promise<{ items: T[]; hasMore: boolean; skipped?: number }>,
  key: string,
): Paged<T> {
  const [items, setItems] = useState<T[]>([])
  // Records read so far, shown or skipped: the next page starts after both.
  const [read, setRead] = useState(0)
  const [skipped, setSkipped] = useState(0)
  const [loading, setLoading] = useState(true)
  const [error, setError] = useState<AppError | null>(null)
  const [hasMore, setHasMore] = useState(false)
  const loadRef = useRef(load)
  loadRef.current = load
  const ticket = useRef(0)

  const fetchPage = useCallback(async (offset: number) => {
    const mine = ++ticket.current
    setLoading(true)
    setError(null)
    try {
      const page = await loadRef.current(offset, PAGE)
      if (mine !== ticket.current) return
      const pageSkipped = page.skipped ?? 0
      setItems((prev) => (offset === 0 ? page.items : [...prev, ...page.items]))
      setRead(offset + page.items.length + pageSkipped)
      setSkipped((prev) => (offset === 0 ? pageSkipped : prev + pageSkipped))
      setHasMore(page.hasMore)
    } catch (err) {
      if (mine === ticket.current) setError(isAppError(err) ? err : new AppError('internal', '加载失败'))
    } finally {
      if (mine === ticket.current) setLoading(false)
    }
  }, [])

  useEffect(() => {
    void fetchPage(0)
  }, [fetchPage, key])

  const loadMore = useCallback(() => fetchPage(read), [fetchPage, read])
  const reload = useCallback(() => fetchPage(0), [fetchPage])
  return { items, loading, error, hasMore, skipped, loadMore, reload }
}
