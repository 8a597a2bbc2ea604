import { POST_LABELS, ROLE_LABELS } from '@contract/domain/role'
import type { PersonRow } from '@contract/api/org-tree'
import type { Database } from '../shared/db-types'
import type { PersonDoc } from '../shared/docs'
import { getUnitsByIds } from '../shared/org-units'
import { initialsOf } from '../shared/initials'

/** People as lists show them: masked phone, no ID number, roles labelled, home unit named. */
export async function toPersonRows(db: Database, people: PersonDoc[]): Promise<PersonRow[]> {
  const units = await getUnitsByIds(
    db,
    people.map((p) => p.homeUnitId),
  )
  return people.map((p) => ({
    id: p._id,
    name: p.name,
    initials: initialsOf(p.name, 'person'),
    phoneMasked: p.phoneMasked,
    roles: p.roles.map((g) => ({
      role: g.role,
      label: ROLE_LABELS[g.role],
      post: g.post,
      postLabel: g.post ? POST_LABELS[g.post] : undefined,
    })),
    homeUnitId: p.homeUnitId,
    homeUnitName: units.get(p.homeUnitId)?.name ?? '',
    bound: typeof p.openid === 'string' && p.openid !== '',
    status: p.status,
  }))
}
