import type { RoleGrant } from '@contract/domain/role'
import type { TeamRole } from '@contract/domain/posting'

/**
 * The 驻村干部 grant follows the posting: a posting adds the village to the person's resident-cadre
 * grant (a new grant when there is none), its end takes the village away. Other roles stay as they are.
 */
export function grantsWithVillage(
  roles: readonly RoleGrant[],
  villageId: string,
  teamRole: TeamRole,
): RoleGrant[] {
  if (roles.some((g) => g.role === 'resident_cadre' && g.unitIds.includes(villageId))) return [...roles]
  const post = teamRole === 'leader' ? 'first_secretary' : 'team_member'
  return [...roles, { role: 'resident_cadre', unitIds: [villageId], post }]
}

export function grantsWithoutVillage(roles: readonly RoleGrant[], villageId: string): RoleGrant[] {
  return roles.flatMap((g) => {
    if (g.role !== 'resident_cadre' || !g.unitIds.includes(villageId)) return [g]
    const unitIds = g.unitIds.filter((id) => id !== villageId)
    return unitIds.length > 0 ? [{ ...g, unitIds }] : []
  })
}
