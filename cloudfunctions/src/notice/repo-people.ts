import { VILLAGE_ROLES, type Role } from '@contract/domain/role'
import type { Database } from '../shared/db-types'
import { activePeopleOfUnits } from '../shared/people'
import type { OrgUnitDoc, PersonDoc } from '../shared/docs'

export interface Cadre {
  person: PersonDoc
  village: OrgUnitDoc
}

/** Active people of these villages holding a village role there (read through the home unit index). */
export async function cadresOf(
  db: Database,
  villages: readonly OrgUnitDoc[],
  roles: readonly Role[] = VILLAGE_ROLES,
): Promise<Cadre[]> {
  const byId = new Map(villages.map((v) => [v._id, v]))
  const people = await activePeopleOfUnits(db, [...byId.keys()])
  return people.flatMap((p) => {
    const village = byId.get(p.homeUnitId)
    return village && p.roles.some((g) => roles.includes(g.role) && g.unitIds.includes(p.homeUnitId))
      ? [{ person: p, village }]
      : []
  })
}

/** The township leaders of a township (their home unit is the township). */
export async function leadersOf(db: Database, townshipId: string): Promise<PersonDoc[]> {
  const people = await activePeopleOfUnits(db, [townshipId])
  return people.filter((p) =>
    p.roles.some((g) => g.role === 'township_leader' && g.unitIds.includes(townshipId)),
  )
}
