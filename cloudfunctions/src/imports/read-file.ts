import { decodeCsv, parseCsv } from './csv'
import type { Table } from './table'
import { downloadUpload, readXlsxSheets } from '../shared/xlsx-read'

function isBlank(cells: string[]): boolean {
  return cells.every((c) => c.trim() === '')
}

function tableOf(sheet: string, grid: string[][]): Table {
  const [headers = [], ...rest] = grid
  const rows = rest.map((cells, i) => ({ row: i + 2, cells })).filter((r) => !isBlank(r.cells))
  return { sheet, headers: headers.map((h) => h.trim()), rows }
}

/** Downloads an uploaded import file and returns its sheets as text tables. */
export async function readImportFile(fileID: string): Promise<Table[]> {
  const bytes = await downloadUpload(fileID)
  if (/\.csv$/i.test(fileID)) {
    // The stored name is generated at upload; the user knows the file as "the csv".
    return [tableOf('CSV', parseCsv(decodeCsv(bytes)))]
  }
  return (await readXlsxSheets(bytes)).map((s) => tableOf(s.name, s.grid))
}
