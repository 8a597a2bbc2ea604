import { AppError } from '@contract/errors'
import { excusedRange, type LeaveType } from '@contract/domain/presence'
import { capRefusal, type LeaveRules } from '@contract/domain/leave-policy'
import { daysWithinYear } from '@contract/domain/presence-time'
import type { LeaveDoc } from '../shared/presence-leaves'

/** Days of one type a cadre asked (pending) or was granted (clipped by 销假) within a year. */
export function usedDays(leaves: readonly LeaveDoc[], type: LeaveType, year: string): number {
  return leaves
    .filter((l) => l.type === type)
    .reduce((n, l) => {
      const range = l.status === 'pending' ? { start: l.startDay, end: l.endDay } : excusedRange(l)
      return n + (range ? daysWithinYear(range.start, range.end, year) : 0)
    }, 0)
}

/** Refuses a leave that would take its type past the county's annual cap in any year it touches. */
export function enforceCap(
  rules: LeaveRules,
  mine: readonly LeaveDoc[],
  leave: { type: LeaveType; startDay: string; endDay: string },
): void {
  const cap = rules.caps[leave.type]
  if (cap === null) return
  for (const year of new Set([leave.startDay.slice(0, 4), leave.endDay.slice(0, 4)])) {
    const refusal = capRefusal({
      type: leave.type,
      cap,
      year,
      usedDays: usedDays(mine, leave.type, year),
      newDays: daysWithinYear(leave.startDay, leave.endDay, year),
    })
    if (refusal) throw new AppError('failed-precondition', refusal, { field: 'type' })
  }
}
