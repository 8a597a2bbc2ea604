import { shanghaiDay, shanghaiMonth } from '@contract/domain/presence-time'
import { monthsOfPeriod, periodLabel, periodOfMonth } from '@contract/domain/visit-period'
import type { Handler } from '../../shared/handler'
import { getPolicyDoc, metRuleOf } from '../../shared/presence-policy'
import { countedLeavePhrase } from '@contract/domain/leave-policy'
import { loadVisitPolicy } from '../../shared/visit-policy'
import { childrenOf, sliceOf, type ScopeData } from '../figures'
import { noticesNotEnded } from '../../shared/public-notices'
import { presenceMonths, villageMonths, villageStatics } from '../../shared/stats'
import { villagesOf } from '../repo-units'
import { pickReportUnit } from '../scope'
import { countyIdOrThrow } from '../../shared/org-tree'
import { trendOf } from '../trend'

/**
 * One call per screen, from counters only: village docs of the scope for this month (live), stored
 * roll-ups for past months, the nightly per-village counts, and running notices through their index.
 * No raw record (check-in, visit, rectification item) is read.
 */
export const getDashboard: Handler<'report', 'getDashboard'> = async (input, ctx) => {
  const unit = await pickReportUnit(ctx, input.unitId)
  const currentMonth = shanghaiMonth(ctx.now)
  const month = input.month ?? currentMonth
  const countyId = countyIdOrThrow(unit)
  const [{ townships, villages }, policyDoc, visitPolicy] = await Promise.all([
    villagesOf(ctx.db, unit),
    getPolicyDoc(ctx.db, countyId),
    loadVisitPolicy(ctx.db, countyId),
  ])
  const { requiredDays, counts } = metRuleOf(countyId, policyDoc)
  const period = periodOfMonth(visitPolicy, month)
  const periodMonths = monthsOfPeriod(period)
  const ids = villages.map((v) => v._id)
  const [statics, monthDocs, presence, notices] = await Promise.all([
    villageStatics(ctx.db, ids),
    villageMonths(ctx.db, ids, [...new Set([month, ...periodMonths])]),
    presenceMonths(ctx.db, unit.level, unit._id, month),
    noticesNotEnded(ctx.db, unit.level, unit._id, shanghaiDay(ctx.now)),
  ])
  const data: ScopeData = { month, periodMonths, requiredDays, counts, statics, monthDocs, presence }
  const all = sliceOf(ids, data)
  const f = all.figures
  const trend = await trendOf({
    db: ctx.db,
    unit,
    villageIds: ids,
    statics,
    requiredDays,
    counts,
    month,
    currentMonth,
    current: f,
    now: ctx.now,
  })
  const childLevel = unit.level === 'county' ? 'township' : unit.level === 'township' ? 'village' : null
  return {
    unit: { id: unit._id, name: unit.name, level: unit.level },
    month,
    requiredDays,
    leaveRule: countedLeavePhrase(counts),
    presence: all.presence,
    visits: { ...all.coverage, period, periodLabel: periodLabel(period) },
    rectify: {
      open: all.rectOpen,
      overdue: all.rectOverdue,
      closedThisMonth: f.rectClosed,
      avgCloseDays: f.rectClosed > 0 ? Math.round((f.rectCloseDays / f.rectClosed) * 10) / 10 : null,
    },
    notices: { inWindow: notices.length, objections: notices.reduce((n, x) => n + (x.objections ?? 0), 0) },
    trend,
    childLevel,
    children: childLevel ? childrenOf(unit.level === 'county' ? townships : villages, villages, data) : [],
  }
}
