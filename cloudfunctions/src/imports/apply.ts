import type { Database } from '../shared/db-types'
import { writeHouseholds } from '../shared/households'
import { writeUnits } from '../shared/org-units'
import { writePeople } from '../shared/people'
import { writeSecondments } from '../shared/secondments'
import type { ImportPlan } from './plan'

/** Units first (people and households point at them), then people (households and 挂职 name them). */
export async function applyPlan(db: Database, plan: ImportPlan): Promise<void> {
  await writeUnits(db, plan.writes.units)
  await writePeople(db, plan.writes.people)
  await writeSecondments(db, plan.writes.secondments)
  await writeHouseholds(db, plan.writes.households)
}
