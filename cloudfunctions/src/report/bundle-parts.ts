import { firstDayOf, shanghaiDay } from '@contract/domain/presence-time'
import { POLICY_DEFAULTS } from '@contract/domain/county-policy'
import { monthsOfPeriod, periodOfMonth } from '@contract/domain/visit-period'
import type { HandlerContext } from '../shared/context'
import { exportRows as presenceRows, type ExportRow as PresenceRow } from '../shared/presence-export-rows'
import { daysOfTownshipsMonth } from '../shared/presence-days'
import { leavesOfTownshipsFrom } from '../shared/presence-leaves'
import { cadresOfVillages } from '../shared/presence-roster'
import { dispatchUnitNames } from '../shared/dispatch-units'
import { effectivePolicy } from '../shared/presence-policy'
import { unexcusedOfTownships } from '../shared/presence-absences'
import { exportRows as ledgerRows, type ExportRow as LedgerRow } from '../shared/rectify-item-export'
import { loadVisitPolicy } from '../shared/visit-policy'
import { countyIdOrThrow } from '../shared/org-tree'
import { percent } from './rollup'
import { villageStatics, villageMonths } from '../shared/stats'
import { villagesOf } from './repo-units'
import type { ReportUnit } from './scope'
import type { CoverageRow } from './sheets'

export interface BundleParts {
  presence: PresenceRow[]
  coverage: CoverageRow[]
  items: LedgerRow[]
  /** The county's visit period the month falls in. */
  period: string
}

/** The three tables of 月度材料 for a county or a township (null when it has no village). */
export async function bundleParts(
  ctx: HandlerContext,
  unit: ReportUnit,
  month: string,
): Promise<BundleParts | null> {
  const countyId = countyIdOrThrow(unit)
  const { townships, villages } = await villagesOf(ctx.db, unit)
  if (villages.length === 0) return null
  const names = new Map([...(unit.level === 'township' ? [unit] : townships)].map((t) => [t._id, t.name]))
  const townshipIds = [...names.keys()]
  const ids = villages.map((v) => v._id)
  const year = month.slice(0, 4)
  const period = periodOfMonth(await loadVisitPolicy(ctx.db, countyId), month)
  const [cadres, days, leaves, absences, policy, statics, monthDocs, items] = await Promise.all([
    cadresOfVillages(ctx.db, ids),
    daysOfTownshipsMonth(ctx.db, townshipIds, month),
    leavesOfTownshipsFrom(ctx.db, townshipIds, firstDayOf(month)),
    unexcusedOfTownships(ctx.db, townshipIds, `${year}-01`, month),
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
    month,
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
  return { presence, coverage, items, period }
}
