import { AppError } from '@contract/errors'
import { PERIOD_MONTH_LABELS, periodLabel, periodOf } from '@contract/domain/visit-period'
import type { Handler } from '../../shared/handler'
import type { PolicyDoc } from '../docs'
import { kindPeriodsOf, loadVisitPolicy } from '../../shared/visit-policy'
import { describeKindPeriods } from '@contract/domain/kind-periods'
import { callerCountyIds } from '../repo-units'

export function policyView(doc: PolicyDoc, now: Date) {
  const current = periodOf(doc, now)
  return {
    periodMonths: doc.periodMonths,
    label: PERIOD_MONTH_LABELS[doc.periodMonths],
    effectiveFrom: doc.effectiveFrom,
    previousMonths: doc.previousMonths,
    currentPeriod: current,
    currentPeriodLabel: periodLabel(current),
    reason: doc.reason,
    byKind: kindPeriodsOf(doc),
    byKindLabel: describeKindPeriods(kindPeriodsOf(doc)),
    byKindReason: doc.byKindReason ?? '',
  }
}

export const getPolicy: Handler<'visit', 'getPolicy'> = async (_input, ctx) => {
  const [countyId] = await callerCountyIds(
    ctx.db,
    ctx.caller.roles.flatMap((g) => g.unitIds),
  )
  if (!countyId) throw new AppError('failed-precondition', '您的任职单位不属于任何区县')
  return policyView(await loadVisitPolicy(ctx.db, countyId), ctx.now)
}
