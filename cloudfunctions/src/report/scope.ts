import { AppError } from '@contract/errors'
import { SUPERVISING_ROLES, VILLAGE_ROLES } from '@contract/domain/role'
import type { HandlerContext } from '../shared/context'
import type { OrgUnitDoc } from '../shared/docs'
import { pathInScope, scopeUnitIds } from '../shared/auth'
import { unitById } from '../shared/org-units'

export type ReportLevel = 'county' | 'township' | 'village'
export type ReportUnit = OrgUnitDoc & { level: ReportLevel }
export type PrefectureUnit = OrgUnitDoc & { level: 'prefecture' }

export const isReportLevel = (u: OrgUnitDoc): u is ReportUnit =>
  u.level === 'county' || u.level === 'township' || u.level === 'village'
export const isPrefecture = (u: OrgUnitDoc): u is PrefectureUnit => u.level === 'prefecture'

/**
 * The unit a report is about: the one asked for, else the caller's broadest overseen unit, else their
 * village. Overseers see anything under their scope; village roles see their own village only. A 州/市
 * is answered only where the report has a 州/市 form (`pickScopeUnit`).
 */
export async function pickReportUnit(
  ctx: HandlerContext,
  unitId: string | undefined,
  overseersOnly = false,
): Promise<ReportUnit> {
  const unit = await pickScopeUnit(ctx, unitId, overseersOnly)
  if (!isReportLevel(unit))
    throw new AppError('invalid-argument', '请选择区县、乡镇或村', { field: 'unitId' })
  return unit
}

/** As pickReportUnit, but a 州/市 (with every county beneath it) is a scope too. */
export async function pickScopeUnit(
  ctx: HandlerContext,
  unitId: string | undefined,
  overseersOnly = false,
): Promise<ReportUnit | PrefectureUnit> {
  const overseen = scopeUnitIds(ctx.caller, SUPERVISING_ROLES)
  const villages = overseersOnly ? new Set<string>() : scopeUnitIds(ctx.caller, VILLAGE_ROLES)
  const id = unitId ?? [...overseen][0] ?? [...villages][0]
  if (!id) throw new AppError('permission-denied', '您没有可查看的范围')
  const unit = await unitById(ctx.db, id)
  if (!unit) throw new AppError('not-found', '未找到该单位')
  const ok = pathInScope(unit.path, overseen) || (unit.level === 'village' && villages.has(unit._id))
  if (!ok) throw new AppError('permission-denied', '该单位不在您的管辖范围内')
  if (isPrefecture(unit) || isReportLevel(unit)) return unit
  throw new AppError('invalid-argument', '请选择州/市、区县、乡镇或村', { field: 'unitId' })
}
