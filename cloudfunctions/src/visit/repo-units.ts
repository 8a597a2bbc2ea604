import { AppError } from '@contract/errors'
import type { Database } from '../shared/db-types'
import type { OrgUnitDoc } from '../shared/docs'
import { getUnitsByIds } from '../shared/org-units'

export async function loadUnit(db: Database, id: string): Promise<OrgUnitDoc> {
  const unit = (await getUnitsByIds(db, [id])).get(id)
  if (!unit) throw new AppError('not-found', '未找到该单位')
  return unit
}

export async function loadVillage(db: Database, id: string): Promise<OrgUnitDoc> {
  const unit = await loadUnit(db, id)
  if (unit.level !== 'village') throw new AppError('invalid-argument', '请选择一个村', { field: 'villageId' })
  return unit
}

/** Direct children of a unit of one level (villages of a township, townships of a county). */
export async function childUnits(db: Database, parentId: string, level: 'township' | 'village'): Promise<OrgUnitDoc[]> {
  const res = await db.collection('org_units').where({ parentId, level }).orderBy('code', 'asc').limit(1000).get<OrgUnitDoc>()
  return res.data
}

/** Every village under a unit (a county has ~160): by level, filtered on the path. */
export async function villagesUnder(db: Database, unit: OrgUnitDoc): Promise<OrgUnitDoc[]> {
  if (unit.level === 'village') return [unit]
  if (unit.level === 'township') return childUnits(db, unit._id, 'village')
  const res = await db.collection('org_units').where({ level: 'village' }).orderBy('code', 'asc').limit(1000).get<OrgUnitDoc>()
  return res.data.filter((v) => v.path.includes(unit._id))
}

const BELOW_COUNTY: Record<string, number> = { county: 0, township: 1, village: 2, group: 3 }

export function countyIdOf(unit: OrgUnitDoc): string {
  return unit.path[unit.path.length - 1 - (BELOW_COUNTY[unit.level] ?? 0)] ?? ''
}

/** The counties the caller's grants lie in (read off the granted units' paths). */
export async function callerCountyIds(db: Database, unitIds: string[]): Promise<string[]> {
  const units = await getUnitsByIds(db, unitIds)
  const ids = [...units.values()].map(countyIdOf)
  return [...new Set(ids.filter(Boolean))]
}
