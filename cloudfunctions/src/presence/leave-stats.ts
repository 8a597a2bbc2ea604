import { daysWithinMonth, monthOfDay } from '@contract/domain/presence-time'
import type { Database } from '../shared/db-types'
import { bumpStats, LEAVE_COUNTERS } from '../shared/stats'
import type { LeaveDoc } from './docs'

/** Days of an inclusive range per month it touches (a leave may span a month end). */
function daysPerMonth(start: string, end: string): Map<string, number> {
  const out = new Map<string, number>()
  for (let m = monthOfDay(start); m <= monthOfDay(end); m = nextMonth(m))
    out.set(m, daysWithinMonth(start, end, m).length)
  return out
}

function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number)
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`
}

/**
 * Keeps the per-cadre month counter (`presence_months`, read by the report dashboard) in step with
 * excused leave: +days on approval, −days a 销假 cuts off. `sign` is +1 or −1.
 */
export async function bumpLeaveMonths(
  db: Database,
  leave: LeaveDoc,
  start: string,
  end: string,
  sign: 1 | -1,
): Promise<void> {
  if (end < start) return
  for (const [month, days] of daysPerMonth(start, end)) {
    await bumpStats(
      db,
      'presence_months',
      `${leave.personId}_${month}`,
      {
        personId: leave.personId,
        villageId: leave.villageId,
        townshipId: leave.townshipId,
        countyId: leave.countyId,
        month,
      },
      { leaveDays: sign * days, [LEAVE_COUNTERS[leave.type]]: sign * days },
    )
  }
}
