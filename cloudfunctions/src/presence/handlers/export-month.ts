import { AppError } from '@contract/errors'
import { SUPERVISING_ROLES } from '@contract/domain/role'
import { firstDayOf, shanghaiDay } from '@contract/domain/presence-time'
import type { Handler } from '../../shared/handler'
import { hasRole, requireInScope, scopeUnitIds } from '../../shared/auth'
import { dispatchUnitFor } from '../../shared/dispatch-access'
import { dispatchUnitNames } from '../../shared/dispatch-units'
import { getUnitsByIds, loadUnit, villagesUnder } from '../../shared/org-units'
import { writeAudit } from '../../shared/audit'
import { storeExport } from '../../shared/export-file'
import { downloadName } from '@contract/domain/file-name'
import { countyIdOrThrow, townshipIdOrThrow } from '../../shared/org-tree'
import { daysOfTownshipsMonth } from '../../shared/presence-days'
import { leavesOfTownshipsFrom } from '../../shared/presence-leaves'
import { cadresOfVillages } from '../../shared/presence-roster'
import { monthRulesAt } from '../../shared/presence-policy'
import { unexcusedOfTownships } from '../../shared/presence-absences'
import { exportRows } from '../../shared/presence-export-rows'
import { buildWorkbook } from '../../shared/presence-export-sheet'

/** The monthly 驻村工作记实 of a township (or the caller's whole scope) as xlsx in cloud storage. */
export const exportMonth: Handler<'presence', 'exportMonth'> = async (input, ctx) => {
  // One 派出单位's cadres: its contact (their only way in), or a supervisor of the county that registered it.
  const sender = input.dispatchUnitId
    ? await dispatchUnitFor(ctx.db, ctx.caller, input.dispatchUnitId, SUPERVISING_ROLES)
    : null
  if (!sender && !hasRole(ctx.caller, SUPERVISING_ROLES))
    throw new AppError('permission-denied', '请选择本单位后导出', { field: 'dispatchUnitId' })
  const scope = sender ? new Set([sender.ownerUnitId]) : scopeUnitIds(ctx.caller, SUPERVISING_ROLES)
  let units = [...scope]
  if (input.townshipId) {
    const township = await loadUnit(ctx.db, input.townshipId)
    if (township.level !== 'township')
      throw new AppError('invalid-argument', '请选择乡镇', { field: 'townshipId' })
    requireInScope(township.path, scope)
    units = [township._id]
  }
  const villages = await villagesUnder(ctx.db, units)
  if (villages.length === 0) throw new AppError('failed-precondition', '范围内没有行政村')
  const townshipIds = [...new Set(villages.map(townshipIdOrThrow))]
  const year = input.month.slice(0, 4)
  const countyId = countyIdOrThrow(villages[0])
  const [townships, cadres, days, leaves, absences, { policy, leave: leaveRules }] = await Promise.all([
    getUnitsByIds(ctx.db, townshipIds),
    cadresOfVillages(
      ctx.db,
      villages.map((v) => v._id),
    ).then((all) => (sender ? all.filter((c) => c.person.dispatchUnitId === sender._id) : all)),
    daysOfTownshipsMonth(ctx.db, townshipIds, input.month),
    leavesOfTownshipsFrom(ctx.db, townshipIds, firstDayOf(input.month)),
    unexcusedOfTownships(ctx.db, townshipIds, `${year}-01`, input.month),
    monthRulesAt(ctx.db, villages[0]),
  ])
  const villageIds = new Set(villages.map((v) => v._id))
  const rows = exportRows({
    month: input.month,
    today: shanghaiDay(ctx.now),
    requiredDays: policy.requiredDays,
    leaveRules,
    villages,
    townshipNames: new Map([...townships.values()].map((t) => [t._id, t.name])),
    cadres,
    dispatchUnitNames: await dispatchUnitNames(
      ctx.db,
      cadres.map((c) => c.person),
    ),
    days: days.filter((d) => villageIds.has(d.villageId)),
    leaves,
    absences,
  })
  const areaName = input.townshipId ? (townships.get(input.townshipId)?.name ?? '') : '范围内全部乡镇'
  const scopeName = sender ? `${sender.name} ${areaName}` : areaName
  const [y, m] = input.month.split('-')
  const buffer = await buildWorkbook(`驻村工作记实（${scopeName} ${y}年${Number(m)}月）`, rows)
  const area = input.townshipId
    ? areaName
    : ((await getUnitsByIds(ctx.db, [countyId])).get(countyId)?.name ?? areaName)
  const place = sender ? `${sender.name}-${area}` : area
  const file = await storeExport(ctx, 'presence', downloadName('驻村工作记实', place, input.month), buffer)
  await writeAudit(
    ctx,
    'presence_export',
    file.fileID,
    `导出驻村工作记实 ${input.month} ${scopeName}，${rows.length} 行`,
  )
  return { ...file, rows: rows.length }
}
