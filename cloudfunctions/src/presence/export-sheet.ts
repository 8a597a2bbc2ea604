import ExcelJS from 'exceljs'
import type { ExportRow } from './export-rows'

const COLUMNS: Array<{ header: string; key: keyof ExportRow | 'no'; width: number }> = [
  { header: '序号', key: 'no', width: 6 },
  { header: '乡镇', key: 'township', width: 12 },
  { header: '村', key: 'village', width: 12 },
  { header: '姓名', key: 'name', width: 10 },
  { header: '职务', key: 'post', width: 12 },
  { header: '在村天数', key: 'presentDays', width: 10 },
  { header: '请假天数', key: 'leaveDays', width: 10 },
  { header: '未记录天数', key: 'awayDays', width: 11 },
  { header: '应在村天数', key: 'requiredDays', width: 11 },
  { header: '是否达到要求', key: 'met', width: 14 },
  { header: '暗访未在岗（未请假）', key: 'absencesThisMonth', width: 18 },
  { header: '考核建议（待人工确认）', key: 'suggestion', width: 22 },
  { header: '建议核实事项', key: 'signs', width: 26 },
  { header: '延迟同步天数', key: 'syncedLateDays', width: 12 },
]

/** The 驻村工作记实 sheet as the organization department files it: a title line, then one row per cadre. */
export async function buildWorkbook(title: string, rows: ExportRow[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook()
  wb.creator = '驻村工作台'
  const ws = wb.addWorksheet('驻村工作记实')
  ws.columns = COLUMNS.map((c) => ({ key: c.key, width: c.width }))
  ws.mergeCells(1, 1, 1, COLUMNS.length)
  ws.getCell(1, 1).value = title
  ws.getCell(1, 1).font = { bold: true, size: 14 }
  ws.getCell(1, 1).alignment = { horizontal: 'center' }
  const header = ws.addRow(COLUMNS.map((c) => c.header))
  header.font = { bold: true }
  rows.forEach((r, i) => ws.addRow({ no: i + 1, ...r }))
  ws.views = [{ state: 'frozen', ySplit: 2 }]
  const out = await wb.xlsx.writeBuffer()
  return Buffer.from(out as ArrayBuffer)
}
