import * as cloud from 'wx-server-sdk'
import ExcelJS from 'exceljs'
import { AppError } from '@contract/errors'
import { decodeCsv, parseCsv } from './csv'
import type { Table } from './table'

function isBlank(cells: string[]): boolean {
  return cells.every((c) => c.trim() === '')
}

function tableOf(sheet: string, grid: string[][]): Table {
  const [headers = [], ...rest] = grid
  const rows = rest.map((cells, i) => ({ row: i + 2, cells })).filter((r) => !isBlank(r.cells))
  return { sheet, headers: headers.map((h) => h.trim()), rows }
}

async function readXlsx(bytes: Buffer): Promise<Table[]> {
  const wb = new ExcelJS.Workbook()
  try {
    // exceljs's typings name its own Buffer type; a Node Buffer is what it reads.
    await wb.xlsx.load(bytes as unknown as ArrayBuffer)
  } catch {
    throw new AppError('invalid-argument', '无法读取该 xlsx 文件，请确认是 Excel 2007 及以上格式')
  }
  const tables: Table[] = []
  wb.eachSheet((ws) => {
    const grid: string[][] = []
    const width = ws.actualColumnCount || ws.columnCount
    ws.eachRow({ includeEmpty: true }, (row, n) => {
      const cells: string[] = []
      for (let c = 1; c <= width; c++) cells.push(row.getCell(c).text ?? '')
      grid[n - 1] = cells
    })
    for (let i = 0; i < grid.length; i++) grid[i] ??= []
    tables.push(tableOf(ws.name, grid))
  })
  return tables
}

/** Downloads an uploaded import file and returns its sheets as text tables. */
export async function readImportFile(fileID: string): Promise<Table[]> {
  let bytes: Buffer
  try {
    const res = await cloud.downloadFile({ fileID })
    bytes = res.fileContent as Buffer
  } catch {
    throw new AppError('not-found', '找不到上传的文件，请重新上传')
  }
  if (/\.csv$/i.test(fileID)) {
    // The stored name is generated at upload; the user knows the file as "the csv".
    return [tableOf('CSV', parseCsv(decodeCsv(bytes)))]
  }
  return readXlsx(bytes)
}
