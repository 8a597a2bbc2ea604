import type ExcelJS from 'exceljs'
import { RECT_SOURCE_LABELS } from '@contract/domain/rectification'
import { shanghaiDay } from '@contract/domain/presence-time'
import { maskSensitive } from '@contract/domain/sensitive-text'
import type { ExportRow as PresenceRow } from '../shared/presence-export-rows'
import { LEDGER_COLUMNS, deadlineOf, progressOf } from '../shared/rectify-ledger-xlsx'
import { PRESENCE_COLUMNS, presenceCells } from '../shared/presence-export-sheet'
import { titledSheet, type SheetColumn } from '../shared/xlsx-sheet'
import type { ExportRow as LedgerRow } from '../shared/rectify-item-export'

export interface CoverageRow {
  township: string
  village: string
  total: number
  visited: number
  percent: number
  visits: number
}

type Cell = string | number

/** A titled sheet with a 序号 column in front of each row. */
function addSheet(
  wb: ExcelJS.Workbook,
  name: string,
  title: string,
  header: SheetColumn[],
  rows: Cell[][],
): void {
  const ws = titledSheet(wb, name, title, header)
  rows.forEach((r, i) => {
    ws.addRow([i + 1, ...r]).alignment = { vertical: 'top', wrapText: true }
  })
}

/** A sheet's name, with the county in front when one workbook holds several counties (31 characters at most). */
const named = (base: string, county?: string) => (county ? `${county}-${base}` : base).slice(0, 31)

const cols = (spec: Array<[string, number]>) => spec.map(([header, width]) => ({ header, width }))

/** Same columns and rows as presence's own 驻村工作记实 export. */
export function addPresenceSheet(
  wb: ExcelJS.Workbook,
  title: string,
  rows: PresenceRow[],
  county?: string,
): void {
  addSheet(wb, named('驻村工作记实', county), title, PRESENCE_COLUMNS, rows.map(presenceCells))
}

export function addCoverageSheet(
  wb: ExcelJS.Workbook,
  title: string,
  rows: CoverageRow[],
  county?: string,
): void {
  addSheet(
    wb,
    named('走访覆盖', county),
    title,
    cols([
      ['序号', 6],
      ['乡镇', 12],
      ['村', 12],
      ['结对户数', 10],
      ['已走访户数', 11],
      ['覆盖率（%）', 11],
      ['走访次数', 10],
    ]),
    rows.map((r) => [r.township, r.village, r.total, r.visited, r.percent, r.visits]),
  )
}

/** The customary ledger columns (rectify's own list); evidence is named by count, files stay in the app. */
export function addLedgerSheet(
  wb: ExcelJS.Workbook,
  title: string,
  items: LedgerRow[],
  county?: string,
): void {
  const widths = [6, 10, 16, 40, 40, 18, 10, 14, 50, 12, 10, 24]
  addSheet(
    wb,
    named('整改台账', county),
    title,
    LEDGER_COLUMNS.map((header, i) => ({ header, width: widths[i] })),
    items.map((item) => [
      RECT_SOURCE_LABELS[item.source],
      `${item.townshipName}${item.villageName}`,
      maskSensitive(item.problem),
      maskSensitive(item.measures),
      item.responsibleUnit,
      item.responsibleName,
      deadlineOf(item),
      progressOf(item),
      item.closedAt ? shanghaiDay(new Date(item.closedAt)) : '',
      item.state === 'closed' ? (item.reviewerName ?? '') : '',
      `整改前照片 ${item.beforePhotos.length} 张，整改后照片 ${item.afterPhotos.length} 张（见系统）`,
    ]),
  )
}
