import * as cloud from 'wx-server-sdk'
import { shanghaiDay } from '@contract/domain/rectification-clock'
import { SUPERVISING_ROLES } from '@contract/domain/role'
import type { Handler } from '../../shared/handler'
import { writeAudit } from '../../shared/audit'
import { ledgerWorkbook } from '../export-xlsx'
import { ledgerWhere } from '../ledger-where'
import { exportRows } from '../repo-items'
import { tempUrls } from '../photos'

/** Built in the function (2,000+ rows well inside the timeout), stored, and handed out as a temp URL. */
export const exportLedger: Handler<'rectify', 'exportLedger'> = async (input, ctx) => {
  const where = await ledgerWhere(ctx, input, SUPERVISING_ROLES)
  const items = await exportRows(ctx.db, where)
  const urls = await tempUrls(items.flatMap((i) => [...i.beforePhotos, ...i.afterPhotos, ...(i.afterFiles ?? [])].map((p) => p.fileID)))
  const day = shanghaiDay(ctx.now)
  const buffer = await ledgerWorkbook(items, urls, `整改台账（导出日期 ${day}，共 ${items.length} 条）`)
  const cloudPath = `exports/rectify/${day}/ledger-${ctx.requestId.replace(/[^\w-]/g, '')}.xlsx`
  const { fileID } = (await cloud.uploadFile({ cloudPath, fileContent: buffer })) as unknown as { fileID: string }
  const url = (await tempUrls([fileID])).get(fileID) ?? ''
  await writeAudit(ctx, 'rectify_export', fileID, `导出整改台账 ${items.length} 条`)
  return { fileID, url, count: items.length }
}
