import { periodBounds, periodLabel } from '@contract/domain/visit-period'
import type { Handler } from '../../shared/handler'
import { writeAudit } from '../../shared/audit'
import { storeExport } from '../../shared/export-file'
import { downloadName, wholeScopeName } from '@contract/domain/file-name'
import { childrenOf, getUnitsByIds, unitsUnderUnits } from '../../shared/org-units'
import { peopleByIds } from '../../shared/people'
import { buildVisitWorkbook } from '../export-sheet'
import { currentPeriod } from '../period'
import { householdsOfVillages } from '../../shared/households'
import { countyIdOf } from '../../shared/org-tree'
import { allVisits } from '../repo-visits'
import { pickUnit } from './get-coverage'

/**
 * Visits and coverage of a village, township, county or 州/市 (its counties' visits, by their county index)
 * for one period, as xlsx in cloud storage.
 */
export const exportVisits: Handler<'visit', 'exportVisits'> = async (input, ctx) => {
  const unit = await pickUnit(ctx, input.unitId)
  const period = input.period ?? (await currentPeriod(ctx.db, countyIdOf(unit) ?? '', ctx.now)).period
  const villages = await unitsUnderUnits(ctx.db, [unit], 'village')
  const ids = villages.map((v) => v._id)
  const { from, to } = periodBounds(period)
  const _ = ctx.db.command
  const key = unit.level === 'village' ? 'villageId' : unit.level === 'township' ? 'townshipId' : 'countyId'
  const counties =
    unit.level === 'prefecture'
      ? (await childrenOf(ctx.db, [unit._id])).filter((u) => u.level === 'county').map((u) => u._id)
      : null
  const where = counties ? { countyId: _.in(counties) } : { [key]: unit._id }
  const place = unit.level === 'prefecture' ? wholeScopeName(unit.name) : unit.name
  const [visits, households, townships] = await Promise.all([
    allVisits(ctx.db, { ...where, startedAt: _.gte(from).and(_.lt(to)) }),
    householdsOfVillages(ctx.db, ids),
    getUnitsByIds(
      ctx.db,
      villages.map((v) => v.parentId ?? ''),
    ),
  ])
  const people = await peopleByIds(
    ctx.db,
    households.flatMap((h) => h.pairingCadreIds),
  )
  const byHousehold = new Map<string, number>()
  for (const v of visits) byHousehold.set(v.householdId, (byHousehold.get(v.householdId) ?? 0) + 1)
  const villageById = new Map(villages.map((v) => [v._id, v]))
  const coverage = households.map((h) => {
    const village = villageById.get(h.villageId)
    return {
      township: townships.get(village?.parentId ?? '')?.name ?? '',
      village: village?.name ?? '',
      household: h.headName,
      cadres: h.pairingCadreIds
        .map((id) => people.get(id)?.name ?? '')
        .filter(Boolean)
        .join('、'),
      visits: byHousehold.get(h._id) ?? 0,
    }
  })
  const buffer = await buildVisitWorkbook(`${place} ${periodLabel(period)}`, visits, coverage)
  const file = await storeExport(ctx, 'visit', downloadName('走访记录', place, period), buffer)
  await writeAudit(
    ctx,
    'visit_export',
    file.fileID,
    `导出走访 ${place} ${period}：${visits.length} 次，${households.length} 户`,
  )
  return { ...file, visits: visits.length, households: households.length }
}
