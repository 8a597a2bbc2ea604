import ExcelJS from 'exceljs'
import { AppError } from '@contract/errors'
import { firstDayOf, shanghaiDay } from '@contract/domain/presence-time'
import type { Handler } from '../../shared/handler'
import { writeAudit } from '../../shared/audit'
import { storeExport } from '../../shared/export-file'
import { downloadName } from '@contract/domain/file-name'
import { exportRows as presenceRows } from '../../shared/presence-export-rows'
import { daysOfTownshipsMonth } from '../../shared/presence-days'
import { leavesOfTownshipsFrom } from '../../shared/presence-leaves'
import { cadresOfVillages } from '../../shared/presence-roster'
import { dispatchUnitNames } from '../../shared/dispatch-units'
import { effectivePolicy } from '../../shared/presence-policy'
import { POLICY_DEFAULTS } from '@contract/domain/county-policy'
import { unexcusedOfTownships } from '../../shared/presence-absences'
import { exportRows as ledgerRows } from '../../shared/rectify-items'
import { loadVisitPolicy } from '../../shared/visit-policy'
import { monthsOfPeriod, periodLabel, periodOfMonth } from '@contract/domain/visit-period'
import { percent } from '../rollup'
import { villageMonths, villageStatics } from '../../shared/stats'
import { villagesOf } from '../repo-units'
import { pickReportUnit } from '../scope'
import { countyIdOrThrow } from '../../shared/org-tree'
import { addCoverageSheet, addLedgerSheet, addPresenceSheet } from '../sheets'
import { workbookBuffer } from '../../shared/xlsx-sheet'

/** 月度材料 for a township or the county: three sheets in one xlsx, every read paged by 1,000. */
export const exportBundle: Handler<'report', 'exportBundle'> = async (input, ctx) => {
  const unit = await pickReportUnit(ctx, input.unitId, true)
  if (unit.level === 'village')
    throw new AppError('invalid-argument', '请选择乡镇或区县', { field: 'unitId' })
  const countyId = countyIdOrThrow(unit)
  const { townships, villages } = await villagesOf(ctx.db, unit)
  if (villages.length === 0) throw new AppError('failed-precondition', '范围内没有行政村')
  const names = new Map([...(unit.level === 'township' ? [unit] : townships)].map((t) => [t._id, t.name]))
  const townshipIds = [...names.keys()]
  const ids = villages.map((v) => v._id)
  const year = input.month.slice(0, 4)
  const period = periodOfMonth(await loadVisitPolicy(ctx.db, countyId), input.month)
  const [cadres, days, leaves, absences, policy, statics, monthDocs, items] = await Promise.all([
    cadresOfVillages(ctx.db, ids),
    daysOfTownshipsMonth(ctx.db, townshipIds, input.month),
    leavesOfTownshipsFrom(ctx.db, townshipIds, firstDayOf(input.month)),
    unexcusedOfTownships(ctx.db, townshipIds, `${year}-01`, input.month),
    effectivePolicy(ctx.db, unit),
    villageStatics(ctx.db, ids),
    villageMonths(ctx.db, ids, monthsOfPeriod(period)),
    ledgerRows(ctx.db, { [`${unit.level}Id`]: unit._id }),
  ])
  const dispatchNames = await dispatchUnitNames(
    ctx.db,
    cadres.map((c) => c.person),
  )
  const presence = presenceRows({
    month: input.month,
    today: shanghaiDay(ctx.now),
    requiredDays: (policy?.presence.values ?? POLICY_DEFAULTS.presence).requiredDays,
    leaveRules: policy?.leave.values ?? POLICY_DEFAULTS.leave,
    villages,
    townshipNames: names,
    cadres,
    dispatchUnitNames: dispatchNames,
    days,
    leaves,
    absences,
  })
  const coverage = villages.map((v) => {
    const mine = monthDocs.filter((m) => m.villageId === v._id)
    const visited = mine.reduce((n, m) => n + (m.visitedHouseholds ?? 0), 0)
    const total = statics.get(v._id)?.households ?? 0
    return {
      township: names.get(v.parentId ?? '') ?? '',
      village: v.name,
      total,
      visited,
      percent: percent(visited, total),
      visits: mine.reduce((n, m) => n + (m.visits ?? 0), 0),
    }
  })
  const [y, m] = input.month.split('-')
  const when = `${unit.name} ${y}年${Number(m)}月`
  const wb = new ExcelJS.Workbook()
  wb.creator = '驻村工作台'
  addPresenceSheet(wb, `驻村工作记实（${when}）`, presence)
  addCoverageSheet(wb, `走访覆盖（${unit.name} ${periodLabel(period)}）`, coverage)
  addLedgerSheet(wb, `整改台账（${unit.name}，截至 ${shanghaiDay(ctx.now)}）`, items)
  const buffer = await workbookBuffer(wb)
  const file = await storeExport(ctx, 'report', downloadName('月度材料', unit.name, input.month), buffer)
  await writeAudit(ctx, 'report_export', file.fileID, `导出月度材料 ${input.month} ${unit.name}`)
  return { ...file, rows: { presence: presence.length, visits: coverage.length, rectify: items.length } }
}
