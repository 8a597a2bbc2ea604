import { shanghaiDay } from '@contract/domain/rectification-clock'
import { SUPERVISING_ROLES } from '@contract/domain/role'
import type { Handler } from '../../shared/handler'
import { writeAudit } from '../../shared/audit'
import { storeExport } from '../../shared/export-file'
import { downloadName, wholeScopeName } from '@contract/domain/file-name'
import { getUnitsByIds } from '../../shared/org-units'
import { scopeUnitIds } from '../../shared/auth'
import type { HandlerContext } from '../../shared/context'
import { ledgerWorkbook } from '../../shared/rectify-ledger-xlsx'
import { ledgerWhere } from '../ledger-where'
import { exportRows } from '../../shared/rectify-item-export'
import { tempUrls } from '../photos'

/** The place a ledger file is named after: the filtered village or township, else the caller's scope (a 州/市: 全市/全州). */
async function ledgerPlace(
  ctx: HandlerContext,
  f: { villageId?: string; townshipId?: string },
): Promise<string> {
  const id = f.villageId ?? f.townshipId ?? [...scopeUnitIds(ctx.caller, SUPERVISING_ROLES)][0] ?? ''
  const unit = id ? (await getUnitsByIds(ctx.db, [id])).get(id) : undefined
  if (!unit) return ''
  return unit.level === 'prefecture' ? wholeScopeName(unit.name) : unit.name
}

/** Built in the function (2,000+ rows well inside the timeout), stored, and handed out as a temp URL. */
export const exportLedger: Handler<'rectify', 'exportLedger'> = async (input, ctx) => {
  const where = await ledgerWhere(ctx, input, SUPERVISING_ROLES)
  const items = await exportRows(ctx.db, where)
  const urls = await tempUrls(
    items.flatMap((i) => [...i.beforePhotos, ...i.afterPhotos, ...(i.afterFiles ?? [])].map((p) => p.fileID)),
  )
  const day = shanghaiDay(ctx.now)
  const buffer = await ledgerWorkbook(items, urls, `整改台账（导出日期 ${day}，共 ${items.length} 条）`)
  const file = await storeExport(
    ctx,
    'rectify',
    downloadName('整改台账', await ledgerPlace(ctx, input), day.slice(0, 7)),
    buffer,
  )
  await writeAudit(ctx, 'rectify_export', file.fileID, `导出整改台账 ${items.length} 条`)
  return { ...file, count: items.length }
}
