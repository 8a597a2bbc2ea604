import ExcelJS from 'exceljs'
import { MAX_WARNING_ROWS, WARNING_COLUMNS } from '@contract/domain/warning-list'
import { workbookBuffer } from '../shared/xlsx-sheet'

/**
 * The 预警名单 sheet with its header row only (examples live on 说明, so none is imported by mistake);
 * every column is text so ID numbers keep 18 digits; 说明 lists the standard 风险类型.
 */
export async function buildWarningTemplate(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook()
  wb.creator = '驻村工作台'
  const ws = wb.addWorksheet('预警名单')
  ws.columns = WARNING_COLUMNS.map((c) => ({
    header: c.header,
    width: c.header === '身份证号' ? 24 : c.header === '说明' ? 40 : 14,
    style: { numFmt: '@' },
  }))
  ws.getRow(1).font = { bold: true }
  ws.views = [{ state: 'frozen', ySplit: 1 }]
  const help = wb.addWorksheet('说明')
  help.columns = [
    { header: '列', width: 12 },
    { header: '必填', width: 8 },
    { header: '说明', width: 70 },
    { header: '示例', width: 24 },
  ]
  help.getRow(1).font = { bold: true }
  for (const c of WARNING_COLUMNS) help.addRow([c.header, c.required ? '是' : '', c.note, c.example])
  help.addRow([])
  help.addRow([
    '',
    '',
    `每个文件最多 ${MAX_WARNING_ROWS} 行；有一行无法读取时整个文件不导入，请按提示的行号修改后重新上传。`,
  ])
  return workbookBuffer(wb)
}
