import ExcelJS from 'exceljs'
import { leaveSummary, type AssessmentRow } from '@contract/domain/assessment'
import { titledSheet, workbookBuffer } from '../shared/xlsx-sheet'

/** The customary 年度考核 columns; facts only, the 等次 and its reason as the county wrote them. */
const COLUMNS = [
  { header: '序号', width: 6 },
  { header: '姓名', width: 10 },
  { header: '派出单位', width: 20 },
  { header: '驻村', width: 14 },
  { header: '职务', width: 10 },
  { header: '在村天数', width: 10 },
  { header: '请假（按类型）', width: 22 },
  { header: '走访', width: 16 },
  { header: '整改销号', width: 10 },
  { header: '核实保留的提示', width: 14 },
  { header: '述职评议', width: 14 },
  { header: '考核等次', width: 10 },
  { header: '理由', width: 40 },
]

/** One cadre's cells after the 序号. */
export function assessmentCells(r: AssessmentRow): Array<string | number> {
  const f = r.facts
  return [
    r.name,
    r.dispatchUnitName,
    r.village,
    r.post,
    f.presentDays,
    leaveSummary(f) || '无',
    `${f.visits} 次（${f.coverage.visited}/${f.coverage.total} 户）`,
    f.itemsClosed,
    f.signsConfirmed,
    f.review,
    r.decision?.gradeLabel ?? '未评定',
    r.decision?.reason ?? '',
  ]
}

export const ASSESSMENT_HEADERS = COLUMNS.map((c) => c.header)

export async function buildAssessmentWorkbook(title: string, rows: AssessmentRow[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook()
  wb.creator = '驻村工作台'
  const ws = titledSheet(wb, '年度考核', title, COLUMNS)
  rows.forEach((r, i) => ws.addRow([i + 1, ...assessmentCells(r)]))
  return workbookBuffer(wb)
}
