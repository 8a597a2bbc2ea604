import { AppError } from '@contract/errors'
import { describeKindPeriods } from '@contract/domain/kind-periods'
import type { Handler } from '../../shared/handler'
import { scopeUnitIds } from '../../shared/auth'
import { writeAudit } from '../../shared/audit'
import { saveKindPeriods } from '../../shared/visit-policy'
import { callerCountyIds } from '../repo-units'
import { policyView } from './get-policy'

/**
 * The county admin sets 走访周期 per household kind (监测对象 monthly, 脱贫户 quarterly by default). It
 * applies at once: each household's period is calendar-aligned, so no counted visit moves.
 */
export const setKindPeriods: Handler<'visit', 'setKindPeriods'> = async (input, ctx) => {
  const [countyId] = await callerCountyIds(ctx.db, [...scopeUnitIds(ctx.caller, ['admin'])])
  if (!countyId) throw new AppError('failed-precondition', '您的管理员范围不属于任何区县')
  const saved = await saveKindPeriods(ctx.db, countyId, input.byKind, {
    reason: input.reason,
    at: ctx.now,
    byId: ctx.caller.person._id,
  })
  await writeAudit(
    ctx,
    'visit_policy',
    countyId,
    `按农户类型的走访周期改为：${describeKindPeriods(input.byKind)}：${input.reason}`,
  )
  return policyView(saved, ctx.now)
}
