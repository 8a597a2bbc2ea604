import { POST_LABELS, ROLE_LABELS, type Role } from '@contract/domain/role'
import type { Database } from './db-types'
import type { PersonDoc } from './docs'
import { activePeopleOfUnits } from './people'

/** Roles whose presence is tracked against the monthly rule (驻村第一书记 and 工作队员). */
export const TRACKED_ROLES: readonly Role[] = ['resident_cadre']

/** Whether the person is a resident cadre of the village, held to the monthly rule. */
export function isTracked(person: PersonDoc, villageId: string): boolean {
  return person.roles.some((g) => TRACKED_ROLES.includes(g.role) && g.unitIds.includes(villageId))
}

export interface Cadre {
  person: PersonDoc
  villageId: string
  postLabel: string
}

/** The resident cadres of some villages, by village; people are read through their home unit index. */
export async function cadresOfVillages(db: Database, villageIds: string[]): Promise<Cadre[]> {
  if (villageIds.length === 0) return []
  const people = await activePeopleOfUnits(db, villageIds)
  return people
    .filter((p) => isTracked(p, p.homeUnitId))
    .map((p) => {
      const grant = p.roles.find((g) => TRACKED_ROLES.includes(g.role) && g.unitIds.includes(p.homeUnitId))
      const postLabel = grant?.post ? POST_LABELS[grant.post] : grant ? ROLE_LABELS[grant.role] : ''
      return { person: p, villageId: p.homeUnitId, postLabel }
    })
    .sort((a, b) => postOrder(a.person) - postOrder(b.person) || a.person._id.localeCompare(b.person._id))
}

// First secretaries first: the customary order of the 驻村工作队 roster, not a ranking.
function postOrder(p: PersonDoc): number {
  return p.roles.some((g) => g.post === 'first_secretary') ? 0 : 1
}
