import { AppError } from '@contract/errors'
import {
  MAX_WARNING_ROWS,
  parseWarningSheet,
  warningSheetOf,
  type WarningRow,
} from '@contract/domain/warning-list'
import { downloadUpload, readXlsxSheets } from '../shared/xlsx-read'

const FIELD = { field: 'fileID' }

/**
 * The rows of an uploaded 预警名单, or a Chinese refusal naming the Excel rows that cannot be read:
 * a list with any such row is not imported at all, so fixing and uploading it again is safe.
 */
export async function readWarningFile(fileID: string): Promise<WarningRow[]> {
  if (!/\.xlsx$/i.test(fileID)) throw new AppError('invalid-argument', '预警名单请上传 xlsx 文件', FIELD)
  const sheet = warningSheetOf(await readXlsxSheets(await downloadUpload(fileID)))
  if (!sheet)
    throw new AppError('invalid-argument', '文件中没有含「身份证号」列的表，请使用预警名单模板', FIELD)
  const { rows, problems } = parseWarningSheet(sheet.grid)
  if (problems.length > 0) {
    const first = problems.slice(0, 3).map((p) => `第 ${p.line} 行${p.message}`)
    const more = problems.length > 3 ? ` 等 ${problems.length} 行` : ''
    throw new AppError(
      'invalid-argument',
      `「${sheet.name}」表有 ${problems.length} 行无法读取，未导入：${first.join('；')}${more}`,
      FIELD,
    )
  }
  if (rows.length === 0) throw new AppError('invalid-argument', '名单中没有可导入的行', FIELD)
  if (rows.length > MAX_WARNING_ROWS)
    throw new AppError('invalid-argument', `每次最多导入 ${MAX_WARNING_ROWS} 行，请分批导入`, FIELD)
  return rows
}

/** What an import did in one sentence; it says so plainly when nothing was written. */
export function warningOutcome(created: number, existing: number, unmatched: number): string {
  const rest = [
    existing ? `${existing} 户已在监测或办理中` : '',
    unmatched ? `${unmatched} 行未在本辖区农户中找到` : '',
  ].filter(Boolean)
  if (created === 0) return `未写入任何记录：${rest.join('，') || '名单中没有可导入的行'}`
  return `已导入：新增待评议 ${created} 户${rest.length ? `；${rest.join('，')}` : ''}`
}
