import type { TimerJob } from '../shared/dispatch'
import { recountVillageStats } from './repo-coverage'

/** Nightly: household counts per village follow imports and pairing changes without a scan per screen. */
export const recountTimer: TimerJob = async ({ db, now }) => ({ villages: await recountVillageStats(db, now) })
