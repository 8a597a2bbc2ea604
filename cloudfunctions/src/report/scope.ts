import { AppError } from '@contract/errors'
import { SUPERVISING_ROLES, VILLAGE_ROLES } from '@contract/domain/role'
import type { HandlerContext } from '../shared/context'
import type { OrgUnitDoc } from '../shared/docs'
import { pathInScope, scopeUnitIds } from '../shared/auth'
import { unitById } from '../shared/org-units'

export type ReportLevel = 'county' | 'township' | 'village'
export type ReportUnit = OrgUnitDoc & { level: ReportLevel }

const isReportLevel = (u: OrgUnitDoc): u is ReportUnit =>
  u.level === 'county' || u.level === 'township' || u.level === 'village'

/**
 * The unit a report is about: the one asked for, else the caller's broadest overseen unit, else their
 * village. Overseers see anything under their scope; village roles see their own village only.
 */
export async function pickReportUnit(
  ctx: HandlerContext,
  unitId: string | undefined,
  overseersOnly = false,
): Promise<ReportUnit> {
  const overseen = scopeUnitIds(ctx.caller, SUPERVISING_ROLES)
  const villages = overseersOnly ? new Set<string>() : scopeUnitIds(ctx.caller, VILLAGE_ROLES)
  const id = unitId ?? [...overseen][0] ?? [...villages][0]
  if (!id) throw new AppError('permission-denied', '您没有可查看的范围')
  const unit = await unitById(ctx.db, id)
  if (!unit) throw new AppError('not-found', '未找到该单位')
  const ok = pathInScope(unit.path, overseen) || (unit.level === 'village' && villages.has(unit._id))
  if (!ok) throw new AppError('permission-denied', '该单位不在您的管辖范围内')
  if (!isReportLevel(unit))
    throw new AppError('invalid-argument', '请选择区县、乡镇或村', { field: 'unitId' })
  return unit
}
