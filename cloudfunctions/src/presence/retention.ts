import { coarsenBefore } from '@contract/domain/county-policy'
import type { DailyJob } from '../shared/daily-jobs'
import { effectivePolicy } from '../shared/presence-policy'
import { RETENTION_JOBS } from '../shared/retention-jobs'
import { coarsenOldCheckIns } from './repo-checkins'

/**
 * Bounded work per step (2,000 records, well inside the function's timeout; a full county adds ~150 a
 * day): a county with more waiting, say on the first run, continues in a follow-up invocation.
 */
export const COARSEN_BATCH = 200
export const COARSEN_MAX_BATCHES = 10
/** 03:30 Shanghai, the timer's time (config.json's presenceRetention); the seed ages its check-ins by it. */
export const CHECKIN_RETENTION_MINUTE = 3 * 60 + 30

/**
 * 03:30 Shanghai (config.json's presenceRetention): raw check-in coordinates and device ids older
 * than the county's setting (default 90 days) are dropped; whether the day counted, the distance and
 * the signs stay, so calendars, exports and reports read the same as before.
 */
export const PRESENCE_JOBS: DailyJob[] = [
  {
    name: RETENTION_JOBS.checkIns,
    dueMinute: CHECKIN_RETENTION_MINUTE,
    run: async (db, now, county, cursor) => {
      const policy = await effectivePolicy(db, county)
      if (!policy) return { coarsened: 0 }
      const { checkInDays } = policy.retention.values
      const before = coarsenBefore(now, checkInDays)
      // The cursor is the instant of the last record the previous step reached.
      let from = cursor && Number.isFinite(Date.parse(cursor)) ? new Date(cursor) : null
      let coarsened = 0
      for (let i = 0; i < COARSEN_MAX_BATCHES; i++) {
        const batch = await coarsenOldCheckIns(db, county._id, before, now, COARSEN_BATCH, from)
        coarsened += batch.coarsened
        if (batch.coarsened < COARSEN_BATCH || !batch.lastAt) return { coarsened }
        from = batch.lastAt
      }
      return { coarsened, continueFrom: from ? from.toISOString() : 'more' }
    },
  },
]
