import type { Database } from '../shared/db-types'
import type { RoleGrant } from '@contract/domain/role'
import type { HouseholdDoc } from '../shared/docs'
import { TEAM_ROLES } from './access'
import { householdsOfCadre, householdsOfVillages } from '../shared/households'

/**
 * 我的走访 without a village named: a first secretary or village cadre visits their whole village,
 * so their villages' households come first; then any household they pair with elsewhere. Each once.
 */
export async function myHouseholds(
  db: Database,
  roles: readonly RoleGrant[],
  personId: string,
): Promise<HouseholdDoc[]> {
  const villageIds = [...new Set(roles.filter((g) => TEAM_ROLES.includes(g.role)).flatMap((g) => g.unitIds))]
  const [team, paired] = await Promise.all([
    householdsOfVillages(db, villageIds),
    householdsOfCadre(db, personId),
  ])
  const seen = new Set(team.map((h) => h._id))
  return [...team, ...paired.filter((h) => !seen.has(h._id))]
}
