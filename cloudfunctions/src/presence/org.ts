import { AppError } from '@contract/errors'
import { VILLAGE_ROLES } from '@contract/domain/role'
import type { HandlerContext } from '../shared/context'
import type { OrgUnitDoc } from '../shared/docs'
import { getUnitsByIds, loadUnit, unitCenter } from '../shared/org-units'
import { scopeUnitIds } from '../shared/auth'
import type { GeoPoint } from '@contract/domain/org-unit'

/** The village a cadre records presence in; one who works in several villages must name it. */
export async function callerVillage(ctx: HandlerContext, villageId?: string): Promise<OrgUnitDoc> {
  const ids = [...scopeUnitIds(ctx.caller, VILLAGE_ROLES)]
  const pick = villageId ?? (ids.length === 1 ? ids[0] : undefined)
  if (!pick) throw new AppError('invalid-argument', '您在多个村任职，请选择村', { field: 'villageId' })
  if (!ids.includes(pick)) throw new AppError('permission-denied', '您不在该村任职')
  const unit = await loadUnit(ctx.db, pick)
  if (unit.level !== 'village') throw new AppError('failed-precondition', '签到单位须为行政村')
  return unit
}

/** A unit of the caller (any their grants name, else their home unit): whose rules apply to them. */
export async function callerUnit(ctx: HandlerContext): Promise<OrgUnitDoc> {
  const ids = ctx.caller.roles.flatMap((g) => g.unitIds)
  const units = await getUnitsByIds(ctx.db, ids.length ? ids : [ctx.caller.person?.homeUnitId ?? ''])
  const first = [...units.values()][0]
  if (!first) throw new AppError('failed-precondition', '您的任职单位不存在，请联系组织部')
  return first
}

/** The village point (wgs84), or null when the village has none set. */
export function centerOf(unit: OrgUnitDoc): GeoPoint | null {
  return unitCenter(unit) ?? null
}
