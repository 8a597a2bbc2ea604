import type { DailyJob } from '../shared/daily-jobs'
import { effectivePolicy } from '../shared/presence-policy'
import { RETENTION_JOBS } from '../shared/retention-jobs'
import { eraseLeftHouseholds } from '../shared/households'

const BATCH = 200
const MAX_BATCHES = 10

/** `years` calendar years before `now` (a leap day falls back to 28 February). */
function yearsBefore(now: Date, years: number): Date {
  const d = new Date(now)
  d.setUTCFullYear(d.getUTCFullYear() - years)
  return d
}

/**
 * Households that left the record keep their full ID number and phone only for the county's period
 * (default 5 years, 个人信息保护法: no longer than the purpose needs); then they are erased.
 */
export const householdRetention: DailyJob = {
  name: RETENTION_JOBS.households,
  dueMinute: 150,
  run: async (db, now, county) => {
    const policy = await effectivePolicy(db, county)
    if (!policy) return { erased: 0 }
    const { householdYears } = policy.retention.values
    const before = yearsBefore(now, householdYears)
    let erased = 0
    for (let i = 0; i < MAX_BATCHES; i++) {
      const n = await eraseLeftHouseholds(db, county._id, before, now, BATCH)
      erased += n
      if (n < BATCH) return { erased }
    }
    // Bounded per step: a follow-up invocation goes on.
    return { erased, continueFrom: 'more' }
  },
}
