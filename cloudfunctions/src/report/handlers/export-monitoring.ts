import ExcelJS from 'exceljs'
import { AppError } from '@contract/errors'
import { shanghaiDay } from '@contract/domain/presence-time'
import { downloadName, wholeScopeName } from '@contract/domain/file-name'
import type { Handler } from '../../shared/handler'
import { writeAudit } from '../../shared/audit'
import { storeExport } from '../../shared/export-file'
import { childrenOf } from '../../shared/org-units'
import { titledSheet, workbookBuffer } from '../../shared/xlsx-sheet'
import { MONITOR_EXPORT_COLUMNS } from '../monitor-export-rows'
import { monitorRowsOf } from '../monitor-export-unit'
import { isReportLevel, pickScopeUnit } from '../scope'

/**
 * 防返贫监测帮扶信息 of a village, township, county or 州/市 in the national exchange layout: one row per household
 * with a case (the layout's 县 column tells a 州/市's counties apart), county by county.
 */
export const exportMonitoring: Handler<'report', 'exportMonitoring'> = async (input, ctx) => {
  const unit = await pickScopeUnit(ctx, input.unitId, true)
  const counties = isReportLevel(unit) ? [unit] : (await childrenOf(ctx.db, [unit._id])).filter(isReportLevel)
  const rows = []
  for (const county of counties) rows.push(...(await monitorRowsOf(ctx, county)))
  if (rows.length === 0) throw new AppError('failed-precondition', '范围内还没有监测对象或识别中的农户')
  const today = shanghaiDay(ctx.now)
  const place = isReportLevel(unit) ? unit.name : wholeScopeName(unit.name)
  const wb = new ExcelJS.Workbook()
  wb.creator = '驻村工作台'
  const columns = MONITOR_EXPORT_COLUMNS.map(([header, width]) => ({ header, width }))
  const ws = titledSheet(wb, '监测帮扶信息', `防止返贫监测帮扶信息（${place}，截至 ${today}）`, columns)
  rows.forEach((row, i) => ws.addRow([i + 1, ...row]))
  const buffer = await workbookBuffer(wb)
  const file = await storeExport(ctx, 'report', downloadName('防返贫监测帮扶信息', place, today), buffer)
  await writeAudit(ctx, 'monitoring_export', file.fileID, `导出防返贫监测帮扶信息 ${place} ${today}`)
  return { ...file, rows: rows.length }
}
