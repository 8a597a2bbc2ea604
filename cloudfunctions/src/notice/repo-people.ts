import { VILLAGE_ROLES, type Role } from '@contract/domain/role'
import type { Database } from '../shared/db-types'
import { pageAll } from '../shared/paging'
import type { OrgUnitDoc, PersonDoc } from '../shared/docs'

export interface Cadre {
  person: PersonDoc
  village: OrgUnitDoc
}

/** Active people of these villages holding a village role there (read through the home unit index). */
export async function cadresOf(db: Database, villages: readonly OrgUnitDoc[], roles: readonly Role[] = VILLAGE_ROLES): Promise<Cadre[]> {
  if (villages.length === 0) return []
  const byId = new Map(villages.map((v) => [v._id, v]))
  const people = await pageAll<PersonDoc>(db, 'people', { homeUnitId: db.command.in([...byId.keys()]), status: 'active' })
  return people
    .filter((p) => p.roles.some((g) => roles.includes(g.role) && g.unitIds.includes(p.homeUnitId)))
    .map((p) => ({ person: p, village: byId.get(p.homeUnitId) as OrgUnitDoc }))
}

/** The township leaders of a township (their home unit is the township). */
export async function leadersOf(db: Database, townshipId: string): Promise<PersonDoc[]> {
  const people = await pageAll<PersonDoc>(db, 'people', { homeUnitId: townshipId, status: 'active' })
  return people.filter((p) => p.roles.some((g) => g.role === 'township_leader' && g.unitIds.includes(townshipId)))
}

export async function peopleByIds(db: Database, ids: readonly string[]): Promise<Map<string, PersonDoc>> {
  const unique = [...new Set(ids)]
  const map = new Map<string, PersonDoc>()
  for (let i = 0; i < unique.length; i += 500) {
    const res = await db.collection('people').where({ _id: db.command.in(unique.slice(i, i + 500)) }).limit(1000).get<PersonDoc>()
    res.data.forEach((p) => map.set(p._id, p))
  }
  return map
}
