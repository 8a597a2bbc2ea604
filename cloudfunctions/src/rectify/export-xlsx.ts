import ExcelJS from 'exceljs'
import { RECT_SOURCE_LABELS, RECT_STATE_LABELS } from '@contract/domain/rectification'
import { shanghaiDay } from '@contract/domain/rectification-clock'
import type { ExportRow } from './repo-items'
import { asDate } from './photos'

/** The customary ledger columns, in the order the organization department files them. */
export const LEDGER_COLUMNS = ['序号', '问题来源', '村', '问题描述', '整改措施', '责任单位', '责任人', '整改时限', '进展', '销号日期', '复核人', '佐证'] as const
const WIDTHS = [6, 10, 16, 40, 40, 18, 10, 14, 50, 12, 10, 60]

function progressOf(item: ExportRow): string {
  return [`【${RECT_STATE_LABELS[item.state]}】`, ...item.trail].join('\n')
}

function deadlineOf(item: ExportRow): string {
  return item.originalDeadline ? `${item.deadline}（原定 ${item.originalDeadline}，已延期）` : item.deadline
}

/** One sheet, one row per item; evidence cells list temporary links, before-photos first. */
export async function ledgerWorkbook(items: ExportRow[], urls: Map<string, string>, title: string): Promise<Buffer> {
  const wb = new ExcelJS.Workbook()
  wb.creator = '驻村工作台'
  const ws = wb.addWorksheet('整改台账', { views: [{ state: 'frozen', ySplit: 2 }] })
  ws.mergeCells(1, 1, 1, LEDGER_COLUMNS.length)
  ws.getCell(1, 1).value = title
  ws.getCell(1, 1).font = { bold: true, size: 14 }
  ws.getCell(1, 1).alignment = { horizontal: 'center' }
  const header = ws.getRow(2)
  LEDGER_COLUMNS.forEach((name, i) => {
    header.getCell(i + 1).value = name
    header.getCell(i + 1).font = { bold: true }
    ws.getColumn(i + 1).width = WIDTHS[i]
  })
  items.forEach((item, index) => {
    const evidence = [
      ...item.beforePhotos.map((p, i) => `整改前${i + 1}：${urls.get(p.fileID) || p.fileID}`),
      ...item.afterPhotos.map((p, i) => `整改后${i + 1}${p.far ? '（距整改前照片超200米）' : ''}：${urls.get(p.fileID) || p.fileID}`),
    ]
    const row = ws.addRow([
      index + 1,
      RECT_SOURCE_LABELS[item.source],
      `${item.townshipName}${item.villageName}`,
      item.problem,
      item.measures,
      item.responsibleUnit,
      item.responsibleName,
      deadlineOf(item),
      progressOf(item),
      item.closedAt ? shanghaiDay(asDate(item.closedAt)) : '',
      item.state === 'closed' ? item.reviewerName ?? '' : '',
      evidence.join('\n'),
    ])
    row.alignment = { vertical: 'top', wrapText: true }
  })
  // Fast deflate: the sheet is mostly repeated text and the 5 s budget matters more than bytes.
  const out = await wb.xlsx.writeBuffer({ zip: { compression: 'DEFLATE', compressionOptions: { level: 1 } } })
  return Buffer.from(out as ArrayBuffer)
}
