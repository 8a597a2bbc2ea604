import type { Database } from '../shared/db-types'
import type { OrgUnitDoc, PersonDoc } from '../shared/docs'
import { pageAll } from '../shared/paging'

const UNITS = 'org_units'

export async function getUnit(db: Database, id: string): Promise<OrgUnitDoc | null> {
  const res = await db.collection(UNITS).where({ _id: id }).limit(1).get<OrgUnitDoc>()
  return res.data[0] ?? null
}

/** Children through the parent index: a county's townships, a township's villages (never its groups). */
export async function childrenOf(db: Database, parentIds: string[]): Promise<OrgUnitDoc[]> {
  if (parentIds.length === 0) return []
  const units = await pageAll<OrgUnitDoc>(db, UNITS, { parentId: db.command.in(parentIds) })
  return units.sort((a, b) => a.code.localeCompare(b.code))
}

/** The villages under a county, township or village, with the townships between. */
export async function villagesOf(db: Database, unit: OrgUnitDoc): Promise<{ townships: OrgUnitDoc[]; villages: OrgUnitDoc[] }> {
  if (unit.level === 'village') return { townships: [], villages: [unit] }
  const townships = unit.level === 'county' ? (await childrenOf(db, [unit._id])).filter((u) => u.level === 'township') : [unit]
  const villages = (await childrenOf(db, townships.map((t) => t._id))).filter((u) => u.level === 'village')
  return { townships: unit.level === 'county' ? townships : [], villages }
}

/** Active people whose home is one of the villages (the roster a village's cadre count comes from). */
export async function peopleOfVillages(db: Database, villageIds: string[]): Promise<PersonDoc[]> {
  const out: PersonDoc[] = []
  for (let i = 0; i < villageIds.length; i += 100) {
    out.push(...(await pageAll<PersonDoc>(db, 'people', { homeUnitId: db.command.in(villageIds.slice(i, i + 100)), status: 'active' })))
  }
  return out
}
