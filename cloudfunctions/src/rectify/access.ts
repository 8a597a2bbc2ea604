import { AppError } from '@contract/errors'
import { SUPERVISING_ROLES, type Role } from '@contract/domain/role'
import type { RectRelation } from '@contract/domain/rectification-flow'
import type { Caller } from '../shared/context'
import { pathInScope, scopeUnitIds } from '../shared/auth'
import type { RectItemDoc } from './docs'

/** Roles whose members may be made responsible for an item in their village. */
export const RESPONSIBLE_ROLES: readonly Role[] = ['resident_cadre', 'village_cadre']
export const RECT_ROLES: readonly Role[] = [...SUPERVISING_ROLES, ...RESPONSIBLE_ROLES]

/** How the caller stands to the item; the pure flow table decides what that allows. */
export function relationsOf(
  caller: Caller,
  item: Pick<RectItemDoc, 'path' | 'registeredById' | 'responsiblePersonId'>,
): RectRelation[] {
  const me = caller.person?._id
  const out: RectRelation[] = []
  if (me && item.registeredById === me) out.push('registrar')
  if (pathInScope(item.path, scopeUnitIds(caller, SUPERVISING_ROLES))) out.push('overseer')
  if (pathInScope(item.path, scopeUnitIds(caller, ['admin']))) out.push('admin')
  if (me && item.responsiblePersonId === me) out.push('responsible')
  return out
}

/** Seeing an item: it lies in the scope of one of the caller's ledger roles, or it is theirs. */
export function requireVisible(caller: Caller, item: RectItemDoc): RectRelation[] {
  const relations = relationsOf(caller, item)
  if (relations.length > 0 || pathInScope(item.path, scopeUnitIds(caller, RECT_ROLES))) return relations
  throw new AppError('permission-denied', '该整改事项不在您的管辖范围内')
}

/**
 * Who may register in a village: overseers of it for any source; the village's own cadres for
 * 自查 only. Returns the sources the caller may use there (empty: none).
 */
export function mayRegisterIn(caller: Caller, villagePath: readonly string[]): 'all' | 'self_check' | 'none' {
  if (pathInScope(villagePath, scopeUnitIds(caller, SUPERVISING_ROLES))) return 'all'
  if (pathInScope(villagePath, scopeUnitIds(caller, RESPONSIBLE_ROLES))) return 'self_check'
  return 'none'
}
