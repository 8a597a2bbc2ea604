import ExcelJS from 'exceljs'
import type { FilingSheet } from '@contract/compliance/filing-pack'
import { titledSheet, workbookBuffer } from '../shared/xlsx-sheet'

/** 备案材料 as one workbook: each sheet titled, wrapped, one row per declaration. */
export async function filingWorkbook(sheets: readonly FilingSheet[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook()
  wb.creator = '驻村工作台'
  for (const sheet of sheets) {
    const ws = titledSheet(wb, sheet.name, sheet.title, sheet.columns)
    for (const row of sheet.rows) ws.addRow(row).alignment = { vertical: 'top', wrapText: true }
  }
  return await workbookBuffer(wb)
}
