import ExcelJS from 'exceljs'
import { IMPORT_KINDS, IMPORT_LAYOUTS } from '@contract/domain/import-layout'
import { DISPATCH_UNIT_KIND_LABELS } from '@contract/domain/dispatch-unit'
import { workbookBuffer } from '../shared/xlsx-sheet'

const LAST_ROW = 20001

/** Choices short enough for an Excel drop-down (a list formula holds at most 255 characters). */
const DROPDOWNS: Record<string, string[]> = {
  层级: ['区县', '乡镇', '村', '村民小组'],
  贫困村: ['是', '否'],
  软弱涣散村: ['是', '否'],
  单位类别: Object.values(DISPATCH_UNIT_KIND_LABELS),
  性别: ['男', '女'],
  农户类型: ['脱贫户', '监测对象', '一般农户'],
  监测对象类型: ['脱贫不稳定户', '边缘易致贫户', '突发严重困难户'],
}

/** exceljs supports range validations at runtime; its typings only declare the per-cell form. */
type RangeValidations = { dataValidations: { add(range: string, rule: ExcelJS.DataValidation): void } }

function columnLetter(n: number): string {
  let s = ''
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s
  return s
}

/**
 * One sheet per kind with the header row only (examples live on the 说明 sheet, so a forgotten
 * example row is never imported). Every column is text, so ID numbers keep all 18 digits.
 */
export async function buildTemplate(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook()
  wb.creator = '驻村工作台'
  const help = wb.addWorksheet('说明')
  help.columns = [
    { header: '表', width: 12 },
    { header: '列', width: 18 },
    { header: '必填', width: 8 },
    { header: '说明', width: 60 },
    { header: '示例', width: 24 },
  ]
  help.getRow(1).font = { bold: true }
  for (const kind of IMPORT_KINDS) {
    const layout = IMPORT_LAYOUTS[kind]
    const ws = wb.addWorksheet(layout.sheet)
    ws.columns = layout.columns.map((c) => ({
      header: c.header,
      width: Math.max(12, c.header.length * 3),
      style: { numFmt: '@' },
    }))
    ws.getRow(1).font = { bold: true }
    ws.views = [{ state: 'frozen', ySplit: 1 }]
    layout.columns.forEach((c, i) => {
      const choices = DROPDOWNS[c.header]
      if (choices) {
        const letter = columnLetter(i + 1)
        const validations = (ws as unknown as RangeValidations).dataValidations
        validations.add(`${letter}2:${letter}${LAST_ROW}`, {
          type: 'list',
          allowBlank: true,
          formulae: [`"${choices.join(',')}"`],
        })
      }
      help.addRow([layout.sheet, c.header, c.required ? '是' : '', c.note, c.example])
    })
  }
  return workbookBuffer(wb)
}
