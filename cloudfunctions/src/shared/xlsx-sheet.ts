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

/**
 * The workbook as bytes to store. Level-1 deflate: exports are written while someone waits, and the
 * files are small either way. The one place that bridges exceljs's buffer type to Node's.
 */
export async function workbookBuffer(wb: ExcelJS.Workbook): Promise<Buffer> {
  const out = await wb.xlsx.writeBuffer({ zip: { compression: 'DEFLATE', compressionOptions: { level: 1 } } })
  return Buffer.from(out as ArrayBuffer)
}
