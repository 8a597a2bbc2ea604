import { useEffect, useRef, useState } from 'react'
import { call } from '@/services/client'
import { useAsync } from './use-async'

/** `YYYY-MM` of the phone's clock in China (UTC+8, no daylight saving). */
export function currentMonth(): string {
  return new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 7)
}

export function shiftMonth(month: string, delta: number): string {
  const [y, m] = month.split('-').map(Number)
  return new Date(Date.UTC(y, m - 1 + delta, 1)).toISOString().slice(0, 7)
}

/** A `month` URL parameter when it is a real `YYYY-MM`, otherwise null (the current month is used). */
export function monthParam(value: string | undefined): string | null {
  return value && /^\d{4}-(0[1-9]|1[0-2])$/.test(value) ? value : null
}

/**
 * A month of presence: the caller's own, or a cadre's when a supervisor drills down; `initialMonth`
 * (from a drill-down link) opens that month instead of the current one.
 */
export function usePresenceMonth(personId?: string, initialMonth?: string | null) {
  const [month, setMonth] = useState(() => initialMonth ?? currentMonth())
  const { state, reload } = useAsync(() =>
    call('presence', 'getMonth', personId ? { month, personId } : { month }),
  )
  const mounted = useRef(false)
  // useAsync loads once on mount; a different month or person needs a fresh load.
  useEffect(() => {
    if (mounted.current) void reload()
    mounted.current = true
  }, [month, personId, reload])
  return { month, setMonth, state, reload }
}
