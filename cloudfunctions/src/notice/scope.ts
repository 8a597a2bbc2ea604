import { AppError } from '@contract/errors'
import type { Role } from '@contract/domain/role'
import { pathInScope, scopeUnitIds } from '../shared/auth'
import type { HandlerContext } from '../shared/context'
import type { OrgUnitDoc } from '../shared/docs'
import { getUnitsByIds } from '../shared/org-units'

/** Who writes 公示: village cadres for their village, township leaders for the township, admins. */
export const NOTICE_WRITER_ROLES: readonly Role[] = [
  'admin',
  'township_leader',
  'resident_cadre',
  'village_cadre',
]
/** Objections are handled by the township and the county above it. */
export const OBJECTION_HANDLER_ROLES: readonly Role[] = ['admin', 'supervisor', 'township_leader']
/** Who follows objections: their handlers and the notices' writers (who see them, masked, and act not). */
export const OBJECTION_READER_ROLES: readonly Role[] = [
  ...new Set([...OBJECTION_HANDLER_ROLES, ...NOTICE_WRITER_ROLES]),
]
/** Who may reveal an objector's contact to call them back: the township. */
export const OBJECTION_REVEALER_ROLES: readonly Role[] = ['township_leader']

/** The caller's scope units for some roles; an empty scope is refused (nothing to act on). */
export function scopeOf(ctx: HandlerContext, roles: readonly Role[]): string[] {
  const ids = [...scopeUnitIds(ctx.caller, roles)]
  if (ids.length === 0) throw new AppError('permission-denied', '您的角色无权执行此操作')
  return ids
}

export async function loadUnit(ctx: HandlerContext, id: string): Promise<OrgUnitDoc> {
  const unit = (await getUnitsByIds(ctx.db, [id])).get(id)
  if (!unit) throw new AppError('not-found', '未找到该单位')
  return unit
}

/** A unit the caller may act on: inside their scope for these roles. */
export async function unitInScope(
  ctx: HandlerContext,
  id: string,
  roles: readonly Role[],
): Promise<OrgUnitDoc> {
  const scope = new Set(scopeOf(ctx, roles))
  const unit = await loadUnit(ctx, id)
  if (!pathInScope(unit.path, scope)) throw new AppError('permission-denied', '该单位不在您的管辖范围内')
  return unit
}
