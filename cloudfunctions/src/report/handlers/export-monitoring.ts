import ExcelJS from 'exceljs'
import { AppError } from '@contract/errors'
import type { Handler } from '../../shared/handler'
import { writeAudit } from '../../shared/audit'
import { storeExport } from '../../shared/export-file'
import { downloadName } from '@contract/domain/file-name'
import { casesUnder, type MonitorCaseDoc } from '../../shared/monitor-cases'
import { householdsForReport } from '../../shared/households'
import type { MeasureLine } from '../../shared/household-measures'
import { titledSheet, workbookBuffer } from '../../shared/xlsx-sheet'
import { countyIdOrThrow } from '../../shared/org-tree'
import { unitById } from '../../shared/org-units'
import { loadMonitorScope } from '../monitor-scope'
import { MONITOR_EXPORT_COLUMNS, monitorExportRow } from '../monitor-export-rows'
import { pickReportUnit } from '../scope'

function groupBy<T extends { householdId: string }>(list: readonly T[]): Map<string, T[]> {
  const out = new Map<string, T[]>()
  for (const x of list) {
    const l = out.get(x.householdId)
    if (l) l.push(x)
    else out.set(x.householdId, [x])
  }
  return out
}

/**
 * 防返贫监测帮扶信息 of a county or township in the national exchange layout: one row per household
 * with a case, ordered by township, village and name. Reads are indexed and paged; no ID is decrypted.
 */
export const exportMonitoring: Handler<'report', 'exportMonitoring'> = async (input, ctx) => {
  const unit = await pickReportUnit(ctx, input.unitId, true)
  const [s, cases, county] = await Promise.all([
    loadMonitorScope(ctx.db, unit, ctx.now),
    casesUnder(ctx.db, unit._id),
    unitById(ctx.db, countyIdOrThrow(unit)),
  ])
  if (s.states.length === 0) throw new AppError('failed-precondition', '范围内还没有监测对象或识别中的农户')
  const households = await householdsForReport(
    ctx.db,
    s.states.map((x) => x.householdId),
  )
  const casesOf = groupBy<MonitorCaseDoc>(cases)
  const measuresOf = groupBy<MeasureLine>(s.measures)
  const names = new Map([...s.townships, ...s.villages, unit].map((u) => [u._id, u]))
  const placed = s.states.map((state) => {
    const village = names.get(state.villageId)
    const township = names.get(village?.parentId ?? '')
    return { state, village: village?.name ?? '', township: township?.name ?? '' }
  })
  placed.sort(
    (a, b) =>
      a.township.localeCompare(b.township, 'zh') ||
      a.village.localeCompare(b.village, 'zh') ||
      a.state.headName.localeCompare(b.state.headName, 'zh'),
  )
  const wb = new ExcelJS.Workbook()
  wb.creator = '驻村工作台'
  const columns = MONITOR_EXPORT_COLUMNS.map(([header, width]) => ({ header, width }))
  const ws = titledSheet(wb, '监测帮扶信息', `防止返贫监测帮扶信息（${unit.name}，截至 ${s.today}）`, columns)
  placed.forEach((p, i) => {
    const own = (casesOf.get(p.state.householdId) ?? []).sort(
      (a, b) => new Date(a.createdAt).getTime() - new Date(b.createdAt).getTime(),
    )
    const row = monitorExportRow({
      state: p.state,
      cases: own,
      measures: measuresOf.get(p.state.householdId) ?? [],
      household: households.get(p.state.householdId),
      county: county?.name ?? '',
      township: p.township,
      village: p.village,
    })
    ws.addRow([i + 1, ...row])
  })
  const buffer = await workbookBuffer(wb)
  const file = await storeExport(
    ctx,
    'report',
    downloadName('防返贫监测帮扶信息', unit.name, s.today),
    buffer,
  )
  await writeAudit(ctx, 'monitoring_export', file.fileID, `导出防返贫监测帮扶信息 ${unit.name} ${s.today}`)
  return { ...file, rows: placed.length }
}
