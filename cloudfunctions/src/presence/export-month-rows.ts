import { firstDayOf, shanghaiDay } from '@contract/domain/presence-time'
import type { HandlerContext } from '../shared/context'
import type { OrgUnitDoc } from '../shared/docs'
import { dispatchUnitNames } from '../shared/dispatch-units'
import { getUnitsByIds } from '../shared/org-units'
import { townshipIdOrThrow } from '../shared/org-tree'
import { daysOfTownshipsMonth } from '../shared/presence-days'
import { leavesOfTownshipsFrom } from '../shared/presence-leaves'
import { cadresOfVillages } from '../shared/presence-roster'
import { monthRulesAt } from '../shared/presence-policy'
import { unexcusedOfTownships } from '../shared/presence-absences'
import { exportRows, type ExportRow } from '../shared/presence-export-rows'

/**
 * The 驻村工作记实 rows of villages of ONE county, under that county's own rules (required days, leave
 * that counts); `dispatchUnitId` keeps only the cadres one 派出单位 sent.
 */
export async function countyMonthRows(
  ctx: HandlerContext,
  villages: readonly OrgUnitDoc[],
  month: string,
  dispatchUnitId: string | null,
): Promise<{ rows: ExportRow[]; townships: Map<string, OrgUnitDoc> }> {
  const townshipIds = [...new Set(villages.map(townshipIdOrThrow))]
  const year = month.slice(0, 4)
  const [townships, cadres, days, leaves, absences, { policy, leave: leaveRules }] = await Promise.all([
    getUnitsByIds(ctx.db, townshipIds),
    cadresOfVillages(
      ctx.db,
      villages.map((v) => v._id),
    ).then((all) => (dispatchUnitId ? all.filter((c) => c.person.dispatchUnitId === dispatchUnitId) : all)),
    daysOfTownshipsMonth(ctx.db, townshipIds, month),
    leavesOfTownshipsFrom(ctx.db, townshipIds, firstDayOf(month)),
    unexcusedOfTownships(ctx.db, townshipIds, `${year}-01`, month),
    monthRulesAt(ctx.db, villages[0]),
  ])
  const villageIds = new Set(villages.map((v) => v._id))
  const rows = exportRows({
    month,
    today: shanghaiDay(ctx.now),
    requiredDays: policy.requiredDays,
    leaveRules,
    villages: [...villages],
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
  return { rows, townships }
}
