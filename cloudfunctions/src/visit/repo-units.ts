import { AppError } from '@contract/errors'
import type { Database } from '../shared/db-types'
import type { OrgUnitDoc } from '../shared/docs'
import { getUnitsByIds, loadUnit } from '../shared/org-units'
import { countyIdsOf } from '../shared/org-tree'

export async function loadVillage(db: Database, id: string): Promise<OrgUnitDoc> {
  const unit = await loadUnit(db, id)
  if (unit.level !== 'village') throw new AppError('invalid-argument', '请选择一个村', { field: 'villageId' })
  return unit
}

/** The counties the caller's grants lie in (read off the granted units' paths). */
export async function callerCountyIds(db: Database, unitIds: string[]): Promise<string[]> {
  return countyIdsOf((await getUnitsByIds(db, unitIds)).values())
}
