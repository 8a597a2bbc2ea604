import type { RunningCloud } from '../../helpers/local-cloud'

/** Monday 2026-11-23, 16:30 in Shanghai: every daily job is due (notice's weekly part too). */
export const MONDAY_AFTERNOON = '2026-11-23T08:30:00.000Z'

/** One signed-in read per function with daily jobs: none of them writes anything itself. */
export const READS: Array<[fn: string, action: string, input: unknown, openid: string]> = [
  ['report', 'getDashboard', {}, 'demo-admin'],
  ['rectify', 'listMine', {}, 'demo-secretary'],
  ['notice', 'getUnreadCount', {}, 'demo-secretary'],
  ['visit', 'getMyCoverage', {}, 'demo-pairing'],
]

const WRITES = new Set([
  'database.insertDocument',
  'database.modifyDocument',
  'database.removeDocument',
  'database.commitTransaction',
])

/** Counts the write requests the database receives from now on. */
export function countWrites(run: RunningCloud): () => number {
  let writes = 0
  const counted = run.cloud.db.onRequest
  run.cloud.db.onRequest = (info) => {
    if (WRITES.has(info.action)) writes += 1
    counted?.(info)
  }
  return () => writes
}

const ids = (run: RunningCloud, coll: string, where: Record<string, unknown> = {}) =>
  run.cloud.db.find(coll, where, { sort: { _id: 1 } }).map((d) => String(d._id))

/** What the scheduled jobs change, in a form two runs can be compared by. */
export function scheduledEffects(run: RunningCloud) {
  const strip = (d: Record<string, unknown>) =>
    Object.fromEntries(Object.entries(d).filter(([k]) => k !== 'updatedAt'))
  return {
    inbox: ids(run, 'inbox'),
    struck: ids(run, 'rectify_items', { overdueStruck: true }),
    escalations: run.cloud.db.find('escalations', {}).length,
    unitMonths: run.cloud.db.find('stats_unit_month', {}, { sort: { _id: 1 } }).map(strip),
    villageStats: run.cloud.db.find('stats_village', {}, { sort: { _id: 1 } }).map(strip),
  }
}
