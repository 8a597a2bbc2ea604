import type { Database } from '../shared/db-types'
import type { OrgUnitDoc } from '../shared/docs'
import { unitsUnderUnits } from '../shared/org-units'

/** The villages under a county, township or village, with the townships between (for a county). */
export async function villagesOf(
  db: Database,
  unit: OrgUnitDoc,
): Promise<{ townships: OrgUnitDoc[]; villages: OrgUnitDoc[] }> {
  if (unit.level === 'village') return { townships: [], villages: [unit] }
  const townships = await unitsUnderUnits(db, [unit], 'township')
  const villages = await unitsUnderUnits(db, townships, 'village')
  return { townships: unit.level === 'county' ? townships : [], villages }
}
