import { AppError } from '@contract/errors'
import type { Caller } from '../shared/context'
import type { Database } from '../shared/db-types'
import type { HouseholdDoc } from '../shared/households'
import { activePeopleOfUnits, getActivePerson, peopleByIds, type PersonDoc } from '../shared/people'
import { ROLE_LABELS } from '@contract/domain/role'
import { standingOn, type Standing } from './access'

/** Who may add and move a household's measures: the village team, its pairing cadres, overseers in scope. */
export function mayManageMeasures(s: Standing): boolean {
  return s.team || s.overseer || s.paired
}

export function standingOnHousehold(caller: Caller, h: HouseholdDoc): Standing {
  return standingOn(caller, h.unitPath, h.pairingCadreIds)
}

/** The role by which a person covers the household's place (village, township or county), if any. */
function coveringGrant(p: PersonDoc, h: Pick<HouseholdDoc, 'unitPath'>) {
  return p.roles.find((g) => g.unitIds.some((u) => h.unitPath.includes(u)))
}

/** A person answers for a measure only where one of their roles covers the household's place. */
export function coversHousehold(p: PersonDoc, h: Pick<HouseholdDoc, 'unitPath'>): boolean {
  return p.status === 'active' && coveringGrant(p, h) !== undefined
}

export async function loadResponsible(db: Database, id: string, h: HouseholdDoc): Promise<PersonDoc> {
  const p = await getActivePerson(db, id)
  if (!p) throw new AppError('invalid-argument', '未找到该责任人，或其账号已停用', { field: 'responsibleId' })
  if (!coversHousehold(p, h))
    throw new AppError('invalid-argument', '责任人须是本村或其上级乡镇、区县的干部', {
      field: 'responsibleId',
    })
  return p
}

/** People one may name as responsible: cadres whose home is the household's village or above, and its pairing cadres. */
export async function assignablePeople(
  db: Database,
  h: HouseholdDoc,
): Promise<Array<{ id: string; name: string; role: string }>> {
  const [homes, pairedPeople] = await Promise.all([
    activePeopleOfUnits(db, h.unitPath),
    peopleByIds(db, h.pairingCadreIds),
  ])
  const seen = new Map<string, { id: string; name: string; role: string; paired: boolean }>()
  for (const p of [...pairedPeople.values(), ...homes]) {
    const grant = p.status === 'active' ? coveringGrant(p, h) : undefined
    const paired = h.pairingCadreIds.includes(p._id)
    if (grant) seen.set(p._id, { id: p._id, name: p.name, role: ROLE_LABELS[grant.role], paired })
  }
  return [...seen.values()]
    .sort((a, b) => Number(b.paired) - Number(a.paired) || a.name.localeCompare(b.name, 'zh'))
    .map(({ id, name, role }) => ({ id, name, role }))
}
