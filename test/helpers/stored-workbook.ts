import ExcelJS from 'exceljs'
import type { RunningCloud } from './local-cloud'

/** An xlsx a function wrote to the local cloud's storage, opened. */
export async function storedWorkbook(run: RunningCloud, fileID: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook()
  // exceljs's typings ask for an ArrayBuffer; at run time it reads a Node Buffer as well.
  await wb.xlsx.load(run.cloud.store.download(fileID).bytes as unknown as ArrayBuffer)
  return wb
}
