import type ExcelJS from 'exceljs'

export interface SheetColumn {
  header: string
  width: number
}

/**
 * A sheet as the organization department files them: a merged, bold, centred title line, a bold
 * header row, the two frozen. Callers add one row per record.
 */
export function titledSheet(
  wb: ExcelJS.Workbook,
  name: string,
  title: string,
  columns: SheetColumn[],
): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 2 }] })
  ws.mergeCells(1, 1, 1, columns.length)
  ws.getCell(1, 1).value = title
  ws.getCell(1, 1).font = { bold: true, size: 14 }
  ws.getCell(1, 1).alignment = { horizontal: 'center' }
  ws.addRow(columns.map((c) => c.header)).font = { bold: true }
  columns.forEach((c, i) => {
    ws.getColumn(i + 1).width = c.width
  })
  return ws
}
