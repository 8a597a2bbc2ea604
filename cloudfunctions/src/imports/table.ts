import type { ImportIssue } from '@contract/api/imports'

/** One sheet of a workbook, or one csv file: the header row and the data rows as text. */
export interface Table {
  sheet: string
  headers: string[]
  /** `row` is the number the user sees in Excel (the header is row 1). */
  rows: Array<{ row: number; cells: string[] }>
}

/**
 * Reads the cells of one row by header and collects what is wrong with them. `ok` turns false at
 * the first issue, so a row is either imported whole or not at all.
 */
export class RowReader {
  ok = true
  private readonly index: Map<string, number>

  constructor(
    readonly sheet: string,
    readonly row: number,
    headers: string[],
    private readonly cells: string[],
    private readonly issues: ImportIssue[],
  ) {
    this.index = new Map(headers.map((h, i) => [h.trim(), i]))
  }

  fail(column: string, reason: string): undefined {
    this.ok = false
    this.issues.push({ sheet: this.sheet, row: this.row, column, reason })
    return undefined
  }

  /** Trimmed text; '' when empty. A required empty cell is an issue. */
  text(column: string, opts: { required?: boolean; max?: number } = {}): string {
    const i = this.index.get(column)
    const value = (i === undefined ? '' : (this.cells[i] ?? '')).trim()
    if (!value && opts.required) this.fail(column, '必填，不能为空')
    else if (opts.max && value.length > opts.max) this.fail(column, `不能超过 ${opts.max} 个字`)
    return value
  }

  /** A value from a closed list of Chinese labels; the reason lists what is allowed. */
  choice<K extends string>(
    column: string,
    labels: Record<K, string>,
    opts: { required?: boolean; aliases?: Record<string, K> } = {},
  ): K | undefined {
    const value = this.text(column, opts)
    if (!value) return undefined
    const key = (Object.keys(labels) as K[]).find((k) => labels[k] === value) ?? opts.aliases?.[value]
    if (!key) return this.fail(column, `「${value}」不在可选值中：${Object.values(labels).join('、')}`)
    return key
  }

  number(
    column: string,
    opts: { required?: boolean; min: number; max: number; integer?: boolean },
  ): number | undefined {
    const value = this.text(column, { required: opts.required })
    if (!value) return undefined
    const n = Number(value)
    if (!Number.isFinite(n) || (opts.integer && !Number.isInteger(n)) || n < opts.min || n > opts.max) {
      return this.fail(column, `应为 ${opts.min}–${opts.max} 之间的${opts.integer ? '整数' : '数字'}`)
    }
    return n
  }

  yesNo(column: string): boolean {
    const value = this.text(column)
    if (!value || value === '否' || value === 'N' || value === '0') return false
    if (value === '是' || value === 'Y' || value === '1') return true
    this.fail(column, '应填「是」或「否」')
    return false
  }
}

/** Where a record came from, for issues found later (against the database or other rows). */
export interface RowRef {
  sheet: string
  row: number
}

export function issueAt(issues: ImportIssue[], at: RowRef, column: string, reason: string): void {
  issues.push({ sheet: at.sheet, row: at.row, column, reason })
}
