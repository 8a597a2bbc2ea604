import ExcelJS from 'exceljs'

/**
 * A department's 预警名单 as a real xlsx: the given rows on one sheet (the first is the header), every
 * cell text as a department's export writes it; `before` adds sheets ahead of it (a 说明 sheet).
 */
export async function warningXlsx(rows: string[][], before: string[] = []): Promise<Buffer> {
  const wb = new ExcelJS.Workbook()
  for (const name of before) wb.addWorksheet(name).addRow(['这张表只有说明'])
  const ws = wb.addWorksheet('医保预警')
  for (const r of rows) ws.addRow(r)
  return Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer)
}

export const WARNING_HEADER = ['身份证号', '姓名', '风险类型', '说明']
