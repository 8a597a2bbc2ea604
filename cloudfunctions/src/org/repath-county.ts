import type { Database } from '../shared/db-types'
import type { TreeUnit } from '../shared/org-tree'
import type { RepathBatch } from '../shared/repath'
import { repathUnitsUnder } from '../shared/org-units'
import { repathHouseholdsUnder } from '../shared/households'
import { repathPostingsUnder } from '../shared/postings'
import { repathMonitorCasesUnder } from '../shared/monitor-cases'
import { repathRectifyItemsUnder } from '../shared/rectify-items'
import { repathNoticesUnder } from '../shared/public-notices'
import { repathUploadsUnder } from '../shared/uploads'
import { repathSecondmentsUnder } from '../shared/secondments'
import { repathCommandBodiesUnder } from './repo-command-bodies'

type Step = (db: Database, anchor: TreeUnit, budget: number) => Promise<RepathBatch>

/** Units first (scope checks of every other record start from them), then each owner's records. */
const STEPS: ReadonlyArray<[string, Step]> = [
  ['org_units', repathUnitsUnder],
  ['households', repathHouseholdsUnder],
  ['postings', repathPostingsUnder],
  ['secondments', repathSecondmentsUnder],
  ['command_bodies', repathCommandBodiesUnder],
  ['monitor_cases', repathMonitorCasesUnder],
  ['rectify_items', repathRectifyItemsUnder],
  ['public_notices', repathNoticesUnder],
  ['uploads', repathUploadsUnder],
]

/** Every collection in turn until the budget is spent; `done` once none has a stale record left. */
export async function repathAllUnder(
  db: Database,
  anchor: TreeUnit,
  budget: number,
): Promise<{ fixed: Record<string, number>; done: boolean }> {
  const fixed: Record<string, number> = {}
  let left = budget
  for (const [name, step] of STEPS) {
    if (left <= 0) return { fixed, done: false }
    const r = await step(db, anchor, left)
    if (r.fixed > 0) fixed[name] = r.fixed
    left -= r.fixed
    if (!r.done) return { fixed, done: false }
  }
  return { fixed, done: true }
}
