import type { Database } from '../../cloudfunctions/src/shared/db-types'
import { JOB_RUNS } from '../../cloudfunctions/src/shared/daily-jobs'

/**
 * Forgets every daily job's run records, so a test scenario that replays a calendar day an earlier
 * scenario of the same file already used gets that day's timer run afresh (in production each day's
 * run happens once: that is what the records are for).
 */
export async function forgetJobRuns(): Promise<void> {
  const cloud = require('wx-server-sdk') as { init(o: object): void; database(o: object): unknown }
  cloud.init({})
  const db = cloud.database({ throwOnNotFound: false }) as Database
  const _ = db.command
  await db
    .collection(JOB_RUNS)
    .where({ day: _.exists(true) })
    .remove()
}
