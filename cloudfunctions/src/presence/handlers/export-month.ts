import * as cloud from 'wx-server-sdk'
import { AppError } from '@contract/errors'
import { SUPERVISING_ROLES } from '@contract/domain/role'
import { firstDayOf, shanghaiDay } from '@contract/domain/presence-time'
import type { Handler } from '../../shared/handler'
import { requireInScope, scopeUnitIds } from '../../shared/auth'
import { getUnitsByIds, loadUnit, villagesUnder } from '../../shared/org-units'
import { writeAudit } from '../../shared/audit'
import { countyIdOrThrow, townshipIdOrThrow } from '../../shared/org-tree'
import { daysOfTownshipsMonth } from '../repo-days'
import { leavesOfTownshipsFrom } from '../repo-leaves'
import { cadresOfVillages } from '../repo-people'
import { loadPolicy } from '../../shared/presence-policy'
import { unexcusedOfTownships } from '../repo-spot'
import { exportRows } from '../export-rows'
import { buildWorkbook } from '../export-sheet'

/** The monthly 驻村工作记实 of a township (or the caller's whole scope) as xlsx in cloud storage. */
export const exportMonth: Handler<'presence', 'exportMonth'> = async (input, ctx) => {
  const scope = scopeUnitIds(ctx.caller, SUPERVISING_ROLES)
  let units = [...scope]
  if (input.townshipId) {
    const township = await loadUnit(ctx.db, input.townshipId)
    if (township.level !== 'township') throw new AppError('invalid-argument', '请选择乡镇', { field: 'townshipId' })
    requireInScope(township.path, scope)
    units = [township._id]
  }
  const villages = await villagesUnder(ctx.db, units)
  if (villages.length === 0) throw new AppError('failed-precondition', '范围内没有行政村')
  const townshipIds = [...new Set(villages.map(townshipIdOrThrow))]
  const year = input.month.slice(0, 4)
  const [townships, cadres, days, leaves, absences, policy] = await Promise.all([
    getUnitsByIds(ctx.db, townshipIds),
    cadresOfVillages(ctx.db, villages.map((v) => v._id)),
    daysOfTownshipsMonth(ctx.db, townshipIds, input.month),
    leavesOfTownshipsFrom(ctx.db, townshipIds, firstDayOf(input.month)),
    unexcusedOfTownships(ctx.db, townshipIds, `${year}-01`, input.month),
    loadPolicy(ctx.db, countyIdOrThrow(villages[0])),
  ])
  const villageIds = new Set(villages.map((v) => v._id))
  const rows = exportRows({
    month: input.month, today: shanghaiDay(ctx.now), requiredDays: policy.requiredDays, villages,
    townshipNames: new Map([...townships.values()].map((t) => [t._id, t.name])), cadres,
    days: days.filter((d) => villageIds.has(d.villageId)), leaves, absences,
  })
  const scopeName = input.townshipId ? townships.get(input.townshipId)?.name ?? '' : '范围内全部乡镇'
  const [y, m] = input.month.split('-')
  const buffer = await buildWorkbook(`驻村工作记实（${scopeName} ${y}年${Number(m)}月）`, rows)
  const cloudPath = `exports/presence/${input.month}_${input.townshipId ?? 'all'}_${ctx.requestId.replace(/[^\w-]/g, '')}.xlsx`
  const uploaded = (await cloud.uploadFile({ cloudPath, fileContent: buffer })) as { fileID: string }
  const temp = (await cloud.getTempFileURL({ fileList: [uploaded.fileID] })) as { fileList: Array<{ tempFileURL: string }> }
  await writeAudit(ctx, 'presence_export', uploaded.fileID, `导出驻村工作记实 ${input.month} ${scopeName}，${rows.length} 行`)
  return { fileID: uploaded.fileID, url: temp.fileList[0]?.tempFileURL ?? '', rows: rows.length }
}
