import { RISK_TYPE, type RiskType } from './monitoring'
import { isValidIdNumber, normalizeIdNumber } from './id-number'

/**
 * A department's 预警名单 as pasted from its spreadsheet: one household a line, cells split by tabs
 * (Excel's copy) or commas — 身份证号, 风险类型 (label or key; empty means 其他), 说明. The app previews
 * with this parser and the server parses the same text again.
 */
export const MAX_WARNING_ROWS = 2000

export interface WarningRow {
  /** 1-based line of the pasted text. */
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

export function parseWarningList(text: string): { rows: WarningRow[]; problems: WarningProblem[] } {
  const rows: WarningRow[] = []
  const problems: WarningProblem[] = []
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = i + 1
    const cells = raw.split(/\t|,|，/).map((c) => c.trim())
    if (cells.every((c) => c === '')) return
    // A header row copied along with the data.
    if (i === 0 && /身份证/.test(cells[0])) return
    const idNumber = normalizeIdNumber(cells[0])
    if (!isValidIdNumber(idNumber)) {
      problems.push({ line, message: '身份证号不正确' })
      return
    }
    const risk = riskOf(cells[1] ?? '')
    if (!risk) {
      problems.push({ line, message: `风险类型「${(cells[1] ?? '').slice(0, 10)}」不在标准列表中` })
      return
    }
    rows.push({ line, idNumber, risk, note: (cells.slice(2).join(' ') || '').slice(0, 200) })
  })
  return { rows, problems }
}
