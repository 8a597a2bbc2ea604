import ExcelJS from 'exceljs'
import { idCheckChar } from '../../../types/domain/id-number'
import { IMPORT_LAYOUTS, type ImportKind } from '../../../types/domain/import-layout'

/** A valid ID number of 宛城区 from a serial, so tests can make as many distinct ones as they need. */
export function idNumberFor(serial: number, year = 1960): string {
  const day = (serial % 28) + 1
  const body = `411302${year}${String((Math.floor(serial / 28) % 12) + 1).padStart(2, '0')}${String(day).padStart(2, '0')}${String(serial % 1000).padStart(3, '0')}`
  return body + idCheckChar(body)
}

export function csv(rows: string[][]): string {
  return (
    rows
      .map((r) => r.map((c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(','))
      .join('\r\n') + '\r\n'
  )
}

export function headersOf(kind: ImportKind): string[] {
  return IMPORT_LAYOUTS[kind].columns.map((c) => c.header)
}

/** Rows given as header → value; missing headers are left empty. */
export function rowsOf(kind: ImportKind, rows: Array<Record<string, string>>): string[][] {
  const headers = headersOf(kind)
  return [headers, ...rows.map((r) => headers.map((h) => r[h] ?? ''))]
}

export async function xlsx(
  sheets: Array<{ name: string; kind: ImportKind; rows: Array<Record<string, string>> }>,
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook()
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name)
    for (const row of rowsOf(s.kind, s.rows)) ws.addRow(row)
  }
  return Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer)
}
