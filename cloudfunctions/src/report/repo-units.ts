import type { Database } from '../shared/db-types'
import type { OrgUnitDoc } from '../shared/docs'
import { unitsUnder, villagesUnder } from '../shared/org-units'

/** The villages under a county, township or village, with the townships between (for a county). */
export async function villagesOf(db: Database, unit: OrgUnitDoc): Promise<{ townships: OrgUnitDoc[]; villages: OrgUnitDoc[] }> {
  if (unit.level === 'village') return { townships: [], villages: [unit] }
  const [townships, villages] = await Promise.all([
    unit.level === 'county' ? unitsUnder(db, [unit._id], 'township') : Promise.resolve([]),
    villagesUnder(db, [unit._id]),
  ])
  return { townships, villages }
}
