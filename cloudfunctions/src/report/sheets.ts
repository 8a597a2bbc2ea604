import type ExcelJS from 'exceljs'
import { RECT_SOURCE_LABELS, RECT_STATE_LABELS } from '@contract/domain/rectification'
import { shanghaiDay } from '@contract/domain/presence-time'
import type { ExportRow as PresenceRow } from '../presence/export-rows'
import { LEDGER_COLUMNS } from '../rectify/export-xlsx'
import type { ExportRow as LedgerRow } from '../rectify/repo-items'

export interface CoverageRow { township: string; village: string; total: number; visited: number; percent: number; visits: number }

type Cell = string | number

/** A sheet as the organization department files them: a merged title line, a bold header, frozen. */
function addSheet(wb: ExcelJS.Workbook, name: string, title: string, header: Array<{ name: string; width: number }>, rows: Cell[][]): void {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 2 }] })
  ws.mergeCells(1, 1, 1, header.length)
  ws.getCell(1, 1).value = title
  ws.getCell(1, 1).font = { bold: true, size: 14 }
  ws.getCell(1, 1).alignment = { horizontal: 'center' }
  const head = ws.addRow(header.map((h) => h.name))
  head.font = { bold: true }
  header.forEach((h, i) => { ws.getColumn(i + 1).width = h.width })
  rows.forEach((r, i) => { ws.addRow([i + 1, ...r]).alignment = { vertical: 'top', wrapText: true } })
}

const cols = (spec: Array<[string, number]>) => spec.map(([name, width]) => ({ name, width }))

/** Same columns as presence's own 驻村工作记实 export, rows from its pure row builder. */
export function addPresenceSheet(wb: ExcelJS.Workbook, title: string, rows: PresenceRow[]): void {
  addSheet(wb, '驻村工作记实', title, cols([['序号', 6], ['乡镇', 12], ['村', 12], ['姓名', 10], ['职务', 12], ['在村天数', 10], ['请假天数', 10], ['未记录天数', 11], ['应在村天数', 11], ['是否达到要求', 14], ['暗访未在岗（未请假）', 18], ['考核建议（待人工确认）', 22], ['建议核实事项', 26], ['延迟同步天数', 12]]),
    rows.map((r) => [r.township, r.village, r.name, r.post, r.presentDays, r.leaveDays, r.awayDays, r.requiredDays, r.met, r.absencesThisMonth, r.suggestion, r.signs, r.syncedLateDays]))
}

export function addCoverageSheet(wb: ExcelJS.Workbook, title: string, rows: CoverageRow[]): void {
  addSheet(wb, '走访覆盖', title, cols([['序号', 6], ['乡镇', 12], ['村', 12], ['结对户数', 10], ['已走访户数', 11], ['覆盖率（%）', 11], ['走访次数', 10]]),
    rows.map((r) => [r.township, r.village, r.total, r.visited, r.percent, r.visits]))
}

/** The customary ledger columns (rectify's own list); evidence is named by count, files stay in the app. */
export function addLedgerSheet(wb: ExcelJS.Workbook, title: string, items: LedgerRow[]): void {
  const widths = [6, 10, 16, 40, 40, 18, 10, 14, 50, 12, 10, 24]
  addSheet(wb, '整改台账', title, LEDGER_COLUMNS.map((name, i) => ({ name, width: widths[i] })), items.map((item) => [
    RECT_SOURCE_LABELS[item.source], `${item.townshipName}${item.villageName}`, item.problem, item.measures, item.responsibleUnit, item.responsibleName,
    item.originalDeadline ? `${item.deadline}（原定 ${item.originalDeadline}，已延期）` : item.deadline,
    [`【${RECT_STATE_LABELS[item.state]}】`, ...item.trail].join('\n'),
    item.closedAt ? shanghaiDay(new Date(item.closedAt)) : '', item.state === 'closed' ? item.reviewerName ?? '' : '',
    `整改前照片 ${item.beforePhotos.length} 张，整改后照片 ${item.afterPhotos.length} 张（见系统）`,
  ]))
}
