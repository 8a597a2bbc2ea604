import ExcelJS from 'exceljs'
import { AppError } from '@contract/errors'
import { shanghaiDay } from '@contract/domain/presence-time'
import { periodLabel } from '@contract/domain/visit-period'
import { downloadName, wholeScopeName } from '@contract/domain/file-name'
import type { Handler } from '../../shared/handler'
import { writeAudit } from '../../shared/audit'
import { storeExport } from '../../shared/export-file'
import { childrenOf } from '../../shared/org-units'
import { workbookBuffer } from '../../shared/xlsx-sheet'
import { bundleParts, type BundleParts } from '../bundle-parts'
import { isReportLevel, pickScopeUnit, type ReportUnit } from '../scope'
import { addCoverageSheet, addLedgerSheet, addPresenceSheet } from '../sheets'

/** The three sheets of one county or township; a 州/市 workbook names each county's sheets after it. */
function addParts(
  wb: ExcelJS.Workbook,
  unit: ReportUnit,
  parts: BundleParts,
  month: string,
  day: string,
  county?: string,
) {
  const [y, m] = month.split('-')
  addPresenceSheet(wb, `驻村工作记实（${unit.name} ${y}年${Number(m)}月）`, parts.presence, county)
  addCoverageSheet(wb, `走访覆盖（${unit.name} ${periodLabel(parts.period)}）`, parts.coverage, county)
  addLedgerSheet(wb, `整改台账（${unit.name}，截至 ${day}）`, parts.items, county)
}

/**
 * 月度材料 for a township, a county, or a 州/市 (three sheets per county beneath it), every read paged by
 * 1,000. The unit must lie in the caller's supervising scope; a county never reaches another county.
 */
export const exportBundle: Handler<'report', 'exportBundle'> = async (input, ctx) => {
  const unit = await pickScopeUnit(ctx, input.unitId, true)
  if (unit.level === 'village')
    throw new AppError('invalid-argument', '请选择州/市、区县或乡镇', { field: 'unitId' })
  const day = shanghaiDay(ctx.now)
  const wb = new ExcelJS.Workbook()
  wb.creator = '驻村工作台'
  const rows = { presence: 0, visits: 0, rectify: 0 }
  const counties = isReportLevel(unit) ? [unit] : (await childrenOf(ctx.db, [unit._id])).filter(isReportLevel)
  for (const county of counties) {
    const parts = await bundleParts(ctx, county, input.month)
    if (!parts) continue
    addParts(wb, county, parts, input.month, day, isReportLevel(unit) ? undefined : county.name)
    rows.presence += parts.presence.length
    rows.visits += parts.coverage.length
    rows.rectify += parts.items.length
  }
  if (wb.worksheets.length === 0) throw new AppError('failed-precondition', '范围内没有行政村')
  const place = isReportLevel(unit) ? unit.name : wholeScopeName(unit.name)
  const buffer = await workbookBuffer(wb)
  const file = await storeExport(ctx, 'report', downloadName('月度材料', place, input.month), buffer)
  await writeAudit(ctx, 'report_export', file.fileID, `导出月度材料 ${input.month} ${place}`)
  return { ...file, rows }
}
