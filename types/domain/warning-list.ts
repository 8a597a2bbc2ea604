import { RISK_TYPE, type RiskType } from './monitoring'
import { isValidIdNumber, normalizeIdNumber } from './id-number'

/**
 * A department's 预警名单 as an xlsx sheet: a header row, then one household a row. Columns are found
 * by their header, so a department's own sheet works when it names them the same; the template
 * (built from WARNING_COLUMNS) has them all.
 */
export const MAX_WARNING_ROWS = 2000

export const WARNING_COLUMNS = [
  {
    header: '身份证号',
    required: true,
    note: '户主身份证号（18 位），按它匹配本辖区农户',
    example: '411302198001011234',
  },
  { header: '姓名', required: false, note: '便于核对，不参与匹配', example: '张三' },
  {
    header: '风险类型',
    required: false,
    note: `${RISK_TYPE.keys.map((k) => RISK_TYPE.labels[k]).join('、')}；空着按「其他」`,
    example: '因病',
  },
  { header: '说明', required: false, note: '部门掌握的情况，200 字以内', example: '住院自付 4.2 万元' },
] as const

export interface WarningRow {
  /** The row number Excel shows (the header is row 1). */
  line: number
  idNumber: string
  risk: RiskType
  note: string
}

export interface WarningProblem {
  line: number
  message: string
}

const RISK_BY_TEXT = new Map<string, RiskType>(
  RISK_TYPE.keys.flatMap((k) => [
    [k, k],
    [RISK_TYPE.labels[k], k],
  ]),
)

function riskOf(cell: string): RiskType | null {
  if (!cell) return 'other'
  return RISK_BY_TEXT.get(cell) ?? RISK_BY_TEXT.get(`因${cell}`) ?? null
}

/** The first sheet whose header row names 身份证号 (a workbook may carry a 说明 sheet first). */
export function warningSheetOf<S extends { grid: string[][] }>(sheets: readonly S[]): S | null {
  return sheets.find((s) => (s.grid[0] ?? []).some((h) => h.trim() === '身份证号')) ?? null
}

/** Reads the rows of a warning sheet; each unreadable row is named by its Excel row number. */
export function parseWarningSheet(grid: readonly string[][]): {
  rows: WarningRow[]
  problems: WarningProblem[]
} {
  const [headers = [], ...data] = grid
  const col = (name: string) => headers.findIndex((h) => h.trim() === name)
  const [idCol, riskCol, noteCol] = [col('身份证号'), col('风险类型'), col('说明')]
  const cell = (cells: readonly string[], i: number) => (i < 0 ? '' : (cells[i] ?? '').trim())
  const rows: WarningRow[] = []
  const problems: WarningProblem[] = []
  data.forEach((cells, i) => {
    const line = i + 2
    if (cells.every((c) => c.trim() === '')) return
    const idNumber = normalizeIdNumber(cell(cells, idCol))
    if (!isValidIdNumber(idNumber)) {
      problems.push({ line, message: idNumber ? '身份证号不正确' : '身份证号为空' })
      return
    }
    const riskText = cell(cells, riskCol)
    const risk = riskOf(riskText)
    if (!risk) {
      problems.push({ line, message: `风险类型「${riskText.slice(0, 10)}」不在标准列表中` })
      return
    }
    rows.push({ line, idNumber, risk, note: cell(cells, noteCol).slice(0, 200) })
  })
  return { rows, problems }
}
