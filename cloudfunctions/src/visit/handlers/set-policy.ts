import { AppError } from '@contract/errors'
import { changePolicy, PERIOD_MONTH_LABELS } from '@contract/domain/visit-period'
import { shanghaiMonth } from '@contract/domain/presence-time'
import type { Handler } from '../../shared/handler'
import { scopeUnitIds } from '../../shared/auth'
import { writeAudit } from '../../shared/audit'
import { loadVisitPolicy, saveVisitPolicy } from '../../shared/visit-policy'
import { callerCountyIds } from '../repo-units'
import { policyView } from './get-policy'

/** The county admin sets the period length; it starts with the next whole period, the reason is kept. */
export const setPolicy: Handler<'visit', 'setPolicy'> = async (input, ctx) => {
  const [countyId] = await callerCountyIds(ctx.db, [...scopeUnitIds(ctx.caller, ['admin'])])
  if (!countyId) throw new AppError('failed-precondition', '您的管理员范围不属于任何区县')
  const current = await loadVisitPolicy(ctx.db, countyId)
  const next = changePolicy(current, input.periodMonths, shanghaiMonth(ctx.now))
  const saved = await saveVisitPolicy(ctx.db, countyId, next, {
    reason: input.reason,
    at: ctx.now,
    byId: ctx.caller.person._id,
  })
  await writeAudit(
    ctx,
    'visit_policy',
    countyId,
    `走访周期改为${PERIOD_MONTH_LABELS[input.periodMonths]}，自 ${next.effectiveFrom} 起：${input.reason}`,
  )
  return policyView(saved, ctx.now)
}
