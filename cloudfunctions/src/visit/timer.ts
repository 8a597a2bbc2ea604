import type { DailyJob } from '../shared/daily-jobs'
import { recountVillageHouseholds } from '../shared/village-household-stats'
import { householdRetention } from './retention'
import { households2026 } from './households-2026'

/** 02:30 Shanghai (config.json's visitRecount): household counts per village follow imports and pairing changes without a scan per screen. */
export const VISIT_JOBS: DailyJob[] = [
  {
    name: 'visit.recount',
    dueMinute: 150,
    run: async (db, now, county) => ({ villages: await recountVillageHouseholds(db, now, county._id) }),
  },
  householdRetention,
  households2026,
]
