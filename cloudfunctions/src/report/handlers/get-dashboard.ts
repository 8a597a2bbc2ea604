import { shanghaiDay, shanghaiMonth } from '@contract/domain/presence-time'
import { coveragePercent, periodOfMonth } from '@contract/domain/visit-period'
import {
  countedMonths,
  kindPeriodsAt,
  kindPeriodsLabel,
  shortPeriodLabel,
} from '@contract/domain/kind-coverage'
import { HOUSEHOLD_KIND } from '@contract/domain/monitoring'
import type { Handler } from '../../shared/handler'
import { effectivePolicy } from '../../shared/presence-policy'
import { POLICY_DEFAULTS } from '@contract/domain/county-policy'
import { countedLeavePhrase } from '@contract/domain/leave-policy'
import { kindPeriodsOf, loadVisitPolicy } from '../../shared/visit-policy'
import { childrenOf, sliceOf, type ScopeData } from '../figures'
import { noticesNotEnded } from '../../shared/public-notices'
import { presenceMonths, villageMonths, villageStatics } from '../../shared/stats'
import { villagesOf } from '../repo-units'
import { isPrefecture, pickScopeUnit } from '../scope'
import { prefectureDashboard } from '../prefecture-dashboard'
import { countyIdOrThrow } from '../../shared/org-tree'
import { trendOf } from '../trend'

/**
 * One call per screen, from counters only: village docs of the scope for this month (live), stored
 * roll-ups for past months, the nightly per-village counts, and running notices through their index.
 * No raw record (check-in, visit, rectification item) is read.
 */
export const getDashboard: Handler<'report', 'getDashboard'> = async (input, ctx) => {
  const picked = await pickScopeUnit(ctx, input.unitId)
  const currentMonth = shanghaiMonth(ctx.now)
  const month = input.month ?? currentMonth
  if (isPrefecture(picked)) return prefectureDashboard(ctx, picked, month)
  const unit = picked
  const countyId = countyIdOrThrow(unit)
  const [{ townships, villages }, policy, visitPolicy] = await Promise.all([
    villagesOf(ctx.db, unit),
    effectivePolicy(ctx.db, unit),
    loadVisitPolicy(ctx.db, countyId),
  ])
  // The county's rules over its 州/市's: the days required and the leave types that count as days.
  const requiredDays = (policy?.presence.values ?? POLICY_DEFAULTS.presence).requiredDays
  const counts = (policy?.leave.values ?? POLICY_DEFAULTS.leave).counts
  // The grid period names the exports' period; coverage counts each kind in its own 本周期.
  const period = periodOfMonth(visitPolicy, month)
  const kinds = kindPeriodsAt(kindPeriodsOf(visitPolicy), month)
  const ids = villages.map((v) => v._id)
  const [statics, monthDocs, presence, notices] = await Promise.all([
    villageStatics(ctx.db, ids),
    villageMonths(ctx.db, ids, countedMonths(month, kinds)),
    presenceMonths(ctx.db, unit.level, unit._id, month),
    noticesNotEnded(ctx.db, unit.level, unit._id, shanghaiDay(ctx.now)),
  ])
  const data: ScopeData = { month, kinds, requiredDays, counts, statics, monthDocs, presence }
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
    visits: {
      ...all.coverage,
      period,
      periodLabel: kindPeriodsLabel(kinds),
      byKind: all.coverage.byKind.map((k) => ({
        ...k,
        label: HOUSEHOLD_KIND.labels[k.kind],
        periodLabel: shortPeriodLabel(k.period),
        percent: coveragePercent(k.visited, k.total),
      })),
    },
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
