import type { Database } from '../shared/db-types'
import type { ImportPlan } from './plan'
import { insertAll, updateAll } from './repo'

/** Units first (people and households point at them), then people (households name their cadres). */
export async function applyPlan(db: Database, plan: ImportPlan): Promise<void> {
  for (const collection of ['org_units', 'people', 'households'] as const) {
    const w = plan.writes[collection]
    await insertAll(db, collection, w.creates)
    await updateAll(db, collection, w.updates)
  }
}
