import { AppError } from '@contract/errors'
import { SUPERVISING_ROLES, type Role } from '@contract/domain/role'
import type { Caller } from '../shared/context'
import { pathInScope, scopeUnitIds } from '../shared/auth'
import type { CaseParties } from '../shared/self-decision'
import { placeOfVillagePath } from '../shared/org-tree'

/** The village team: they visit any household of their village and see all its visits. */
export const TEAM_ROLES: readonly Role[] = ['resident_cadre', 'village_cadre']

export interface Standing {
  team: boolean
  overseer: boolean
  /** The caller is one of the household's pairing cadres (结对帮扶责任人). */
  paired: boolean
  me: string
}

/** How the caller stands to a household (or a visit of it), from the village path and its pairing cadres. */
export function standingOn(
  caller: Caller,
  path: readonly string[],
  pairingCadreIds: readonly string[],
): Standing {
  const me = caller.person?._id ?? ''
  return {
    team: pathInScope(path, scopeUnitIds(caller, TEAM_ROLES)),
    overseer: pathInScope(path, scopeUnitIds(caller, SUPERVISING_ROLES)),
    paired:
      me !== '' && pairingCadreIds.includes(me) && pathInScope(path, scopeUnitIds(caller, ['pairing_cadre'])),
    me,
  }
}

/** Whom a visit's review judges: its author's work and the household's pairing cadres' help. */
export const reviewParties = (v: { authorId: string; pairingCadreIds: readonly string[] }): CaseParties => ({
  personIds: [v.authorId, ...v.pairingCadreIds],
})

export const mayVisit = (s: Standing) => s.team || s.paired
export const maySee = (s: Standing, authorId?: string) =>
  s.team || s.overseer || s.paired || (authorId !== undefined && authorId === s.me)

export function requireSee(s: Standing, authorId?: string): void {
  if (!maySee(s, authorId)) throw new AppError('permission-denied', '该农户不在您的管辖或结对范围内')
}

export function requireVisit(s: Standing): void {
  if (!mayVisit(s))
    throw new AppError('permission-denied', '只有本村工作队、村干部或该户的帮扶责任人可以走访登记')
}

/** Ids read off a village path: [..., county, township, village]. */
export function placeIds(path: readonly string[]): {
  countyId: string
  townshipId: string
  villageId: string
} {
  const p = placeOfVillagePath(path)
  return { countyId: p.countyId ?? '', townshipId: p.townshipId ?? '', villageId: p.villageId ?? '' }
}
