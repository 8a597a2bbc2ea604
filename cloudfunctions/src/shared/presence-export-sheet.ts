import ExcelJS from 'exceljs'
import type { ExportRow } from './presence-export-rows'
import { titledSheet, workbookBuffer } from './xlsx-sheet'

const COLUMNS: Array<{ header: string; key: keyof ExportRow | 'no'; width: number }> = [
  { header: '序号', key: 'no', width: 6 },
  { header: '乡镇', key: 'township', width: 12 },
  { header: '村', key: 'village', width: 12 },
  { header: '姓名', key: 'name', width: 10 },
  { header: '职务', key: 'post', width: 12 },
  { header: '派出单位', key: 'dispatchUnit', width: 18 },
  { header: '在村天数', key: 'presentDays', width: 10 },
  { header: '请假天数', key: 'leaveDays', width: 10 },
  { header: '其中：事假', key: 'leavePersonal', width: 10 },
  { header: '病假', key: 'leaveSick', width: 8 },
  { header: '公差/因公外出', key: 'leaveOfficial', width: 13 },
  { header: '培训', key: 'leaveTraining', width: 8 },
  { header: '其他假', key: 'leaveOther', width: 8 },
  { header: '未记录天数', key: 'awayDays', width: 11 },
  { header: '应在村天数', key: 'requiredDays', width: 11 },
  { header: '是否达到要求', key: 'met', width: 14 },
  { header: '补助天数', key: 'subsidyDays', width: 10 },
  { header: '补助金额（元）', key: 'subsidyAmount', width: 13 },
  { header: '暗访未在岗（未请假）', key: 'absencesThisMonth', width: 18 },
  { header: '考核建议（待人工确认）', key: 'suggestion', width: 22 },
  { header: '建议核实事项（经核实保留）', key: 'signs', width: 26 },
  { header: '延迟同步天数', key: 'syncedLateDays', width: 12 },
]

/** The 驻村工作记实 columns; the report's monthly bundle files the same sheet. */
export const PRESENCE_COLUMNS = COLUMNS.map(({ header, width }) => ({ header, width }))

/** One cadre's row, after the 序号 column. */
export function presenceCells(r: ExportRow): Array<string | number> {
  return COLUMNS.filter((c) => c.key !== 'no').map((c) => r[c.key as keyof ExportRow] as string | number)
}

/** One county's 驻村工作记实 sheet; `county` names the sheet when a 州/市 file holds several. */
export interface CountySheet {
  county: string
  title: string
  rows: ExportRow[]
}

/** The 驻村工作记实 as the organization department files it: per sheet a title line, then one row per cadre. */
export async function buildCountyWorkbook(sheets: readonly CountySheet[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook()
  wb.creator = '驻村工作台'
  for (const s of sheets) {
    const name = (s.county ? `${s.county}-驻村工作记实` : '驻村工作记实').slice(0, 31)
    const ws = titledSheet(wb, name, s.title, PRESENCE_COLUMNS)
    s.rows.forEach((r, i) => ws.addRow([i + 1, ...presenceCells(r)]))
  }
  return workbookBuffer(wb)
}
