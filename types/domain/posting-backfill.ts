import type { RoleGrant } from './role'
import type { TeamRole } from './posting'

/** A person as the backfill reads them: who they are and which villages their grants cover. */
export interface BackfillPerson {
  _id: string
  name: string
  roles: readonly RoleGrant[]
  dispatchUnitId?: string | null
}

export interface BackfillTerm {
  batch: string
  startDay: string
  plannedEndDay: string
}

export interface BackfilledPosting {
  personId: string
  personName: string
  villageId: string
  teamRole: TeamRole
  dispatchUnitId: string | null
}

/**
 * Teams from the roster as it stood before postings existed: every 驻村干部 grant on a village becomes
 * a posting there, the village's 第一书记 its 队长 (one per village: the first in id order; a village
 * with a 队长 already keeps theirs). People who already have a posting are left alone.
 */
export function backfillPostings(
  people: readonly BackfillPerson[],
  villageIds: ReadonlySet<string>,
  posted: ReadonlySet<string>,
  villagesWithLeader: ReadonlySet<string>,
): BackfilledPosting[] {
  const out: BackfilledPosting[] = []
  const led = new Set(villagesWithLeader)
  const sorted = [...people].sort((a, b) => a._id.localeCompare(b._id))
  const cadres = sorted.flatMap((p) => {
    if (posted.has(p._id)) return []
    const grant = p.roles.find(
      (g) => g.role === 'resident_cadre' && g.unitIds.some((id) => villageIds.has(id)),
    )
    const villageId = grant?.unitIds.find((id) => villageIds.has(id))
    return grant && villageId ? [{ p, villageId, secretary: grant.post === 'first_secretary' }] : []
  })
  // 第一书记 first, so each village's 队长 is chosen before its 队员.
  for (const c of [...cadres.filter((c) => c.secretary), ...cadres.filter((c) => !c.secretary)]) {
    const leader = c.secretary && !led.has(c.villageId)
    if (leader) led.add(c.villageId)
    out.push({
      personId: c.p._id,
      personName: c.p.name,
      villageId: c.villageId,
      teamRole: leader ? 'leader' : 'member',
      dispatchUnitId: c.p.dispatchUnitId ?? null,
    })
  }
  return out
}
