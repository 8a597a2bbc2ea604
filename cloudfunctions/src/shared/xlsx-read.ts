import * as cloud from 'wx-server-sdk'
import ExcelJS from 'exceljs'
import { AppError } from '@contract/errors'

/** One worksheet as text: `grid[i]` is Excel row i + 1, every row as wide as the sheet. */
export interface SheetGrid {
  name: string
  grid: string[][]
}

/** The bytes of an uploaded file; a missing file is the user's to upload again. */
export async function downloadUpload(fileID: string): Promise<Buffer> {
  try {
    const res = await cloud.downloadFile({ fileID })
    return res.fileContent as Buffer
  } catch {
    throw new AppError('not-found', '找不到上传的文件，请重新上传')
  }
}

/**
 * Every sheet of an xlsx workbook as the text Excel shows in each cell (so an ID number typed as text
 * keeps its 18 digits). The one reader of uploaded workbooks: imports and warning lists share it.
 */
export async function readXlsxSheets(bytes: Buffer): Promise<SheetGrid[]> {
  const wb = new ExcelJS.Workbook()
  try {
    // A copy as a plain ArrayBuffer: what exceljs's typings ask for, and what it reads.
    await wb.xlsx.load(new Uint8Array(bytes).buffer)
  } catch {
    throw new AppError('invalid-argument', '无法读取该 xlsx 文件，请确认是 Excel 2007 及以上格式')
  }
  const sheets: SheetGrid[] = []
  wb.eachSheet((ws) => {
    const grid: string[][] = []
    const width = ws.actualColumnCount || ws.columnCount
    ws.eachRow({ includeEmpty: true }, (row, n) => {
      const cells: string[] = []
      for (let c = 1; c <= width; c++) cells.push(row.getCell(c).text ?? '')
      grid[n - 1] = cells
    })
    for (let i = 0; i < grid.length; i++) grid[i] ??= []
    sheets.push({ name: ws.name, grid })
  })
  return sheets
}
