import { AppError } from '@contract/errors'
import { SUPERVISING_ROLES } from '@contract/domain/role'
import { downloadName, wholeScopeName } from '@contract/domain/file-name'
import type { Handler } from '../../shared/handler'
import { hasRole, requireInScope, scopeUnitIds } from '../../shared/auth'
import { dispatchUnitFor } from '../../shared/dispatch-access'
import { getUnitsByIds, loadUnit, villagesUnder } from '../../shared/org-units'
import type { OrgUnitDoc } from '../../shared/docs'
import { writeAudit } from '../../shared/audit'
import { storeExport } from '../../shared/export-file'
import { countyIdOrThrow } from '../../shared/org-tree'
import { buildCountyWorkbook, type CountySheet } from '../../shared/presence-export-sheet'
import { countyMonthRows } from '../export-month-rows'

/** Villages grouped by their county, in the order they came (code order). */
function byCounty(villages: readonly OrgUnitDoc[]): Map<string, OrgUnitDoc[]> {
  const out = new Map<string, OrgUnitDoc[]>()
  for (const v of villages) {
    const id = countyIdOrThrow(v)
    out.set(id, [...(out.get(id) ?? []), v])
  }
  return out
}

/**
 * The monthly 驻村工作记实 of a township (or the caller's whole scope) as xlsx in cloud storage. A 州/市
 * scope gets one sheet per county, each under that county's own rules.
 */
export const exportMonth: Handler<'presence', 'exportMonth'> = async (input, ctx) => {
  // One 派出单位's cadres: its contact (their only way in), or a supervisor of the county that registered it.
  const sender = input.dispatchUnitId
    ? await dispatchUnitFor(ctx.db, ctx.caller, input.dispatchUnitId, SUPERVISING_ROLES)
    : null
  if (!sender && !hasRole(ctx.caller, SUPERVISING_ROLES))
    throw new AppError('permission-denied', '请选择本单位后导出', { field: 'dispatchUnitId' })
  const scope = sender ? new Set([sender.ownerUnitId]) : scopeUnitIds(ctx.caller, SUPERVISING_ROLES)
  let units = [...scope]
  if (input.townshipId) {
    const township = await loadUnit(ctx.db, input.townshipId)
    if (township.level !== 'township')
      throw new AppError('invalid-argument', '请选择乡镇', { field: 'townshipId' })
    requireInScope(township.path, scope)
    units = [township._id]
  }
  const villages = await villagesUnder(ctx.db, units)
  if (villages.length === 0) throw new AppError('failed-precondition', '范围内没有行政村')
  const groups = byCounty(villages)
  const counties = await getUnitsByIds(ctx.db, [...groups.keys(), ...scope])
  const [y, m] = input.month.split('-')
  const sheets: CountySheet[] = []
  let townshipName = ''
  for (const [countyId, mine] of groups) {
    const { rows, townships } = await countyMonthRows(ctx, mine, input.month, sender?._id ?? null)
    if (input.townshipId) townshipName = townships.get(input.townshipId)?.name ?? ''
    const county = counties.get(countyId)?.name ?? ''
    const area = input.townshipId ? townshipName : groups.size > 1 ? county : '范围内全部乡镇'
    const who = sender ? `${sender.name} ${area}` : area
    sheets.push({
      county: groups.size > 1 ? county : '',
      title: `驻村工作记实（${who} ${y}年${Number(m)}月）`,
      rows,
    })
  }
  // The file is named after what it holds: the township, the one county, or the whole 州/市.
  const prefecture = [...scope].map((id) => counties.get(id)).find((u) => u?.level === 'prefecture')
  const area = input.townshipId
    ? townshipName
    : groups.size > 1 && prefecture
      ? wholeScopeName(prefecture.name)
      : [...groups.keys()].map((id) => counties.get(id)?.name ?? '').join('')
  const place = sender ? `${sender.name}-${area}` : area
  const rows = sheets.reduce((n, s) => n + s.rows.length, 0)
  const buffer = await buildCountyWorkbook(sheets)
  const file = await storeExport(ctx, 'presence', downloadName('驻村工作记实', place, input.month), buffer)
  await writeAudit(
    ctx,
    'presence_export',
    file.fileID,
    `导出驻村工作记实 ${input.month} ${place}，${rows} 行`,
  )
  return { ...file, rows }
}
