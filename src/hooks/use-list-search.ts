import { useEffect, useMemo, useState } from 'react'
import type { NameSearch } from '@contract/domain/name-search'

export type FilterValues = Record<string, string | null>

export interface ListSearch {
  /** What the box shows now. */
  text: string
  setText: (text: string) => void
  /** What lists filter by: the box settled for a moment, plus the 首字母 choice. */
  search: NameSearch
  initial: string | null
  setInitial: (letter: string | null) => void
  filters: FilterValues
  setFilter: (key: string, value: string | null) => void
  reset: () => void
  /** Changes when anything above does: a paged list starts again from the top. */
  key: string
}

const SETTLE_MS = 300

/** Search text, a first letter and page-specific filters of one list; typing settles before a reload. */
export function useListSearch(initialFilters: FilterValues = {}): ListSearch {
  const [text, setText] = useState('')
  const [settled, setSettled] = useState('')
  const [initial, setInitial] = useState<string | null>(null)
  const [filters, setFilters] = useState<FilterValues>(initialFilters)

  useEffect(() => {
    const timer = setTimeout(() => setSettled(text.trim()), SETTLE_MS)
    return () => clearTimeout(timer)
  }, [text])

  const search = useMemo<NameSearch>(
    () => ({ ...(settled ? { q: settled } : {}), ...(initial ? { initial } : {}) }),
    [settled, initial],
  )
  return {
    text,
    setText,
    search,
    initial,
    setInitial,
    filters,
    setFilter: (key, value) => setFilters((prev) => ({ ...prev, [key]: value })),
    reset: () => {
      setInitial(null)
      setFilters(initialFilters)
    },
    key: JSON.stringify([settled, initial, filters]),
  }
}
