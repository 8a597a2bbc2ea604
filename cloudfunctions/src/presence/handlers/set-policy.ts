import { AppError } from '@contract/errors'
import type { Handler } from '../../shared/handler'
import { getUnitsByIds } from '../../shared/org-units'
import { loadPolicyAt } from '../../shared/presence-policy'
import { changeSection } from '../../shared/policy-change'

/**
 * Stricter modes (more days, twice a day, photos) burden every cadre of the county: the 2024 减负 rules
 * allow them only with a reason, which is kept and shown with the policy (shared/policy-change.ts).
 */
export const setPolicy: Handler<'presence', 'setPolicy'> = async (input, ctx) => {
  const adminUnits = await getUnitsByIds(
    ctx.db,
    ctx.caller.roles.filter((g) => g.role === 'admin').flatMap((g) => g.unitIds),
  )
  const units = [...adminUnits.values()]
  // A 州/市 admin sets the rule its counties inherit (shared/presence-policy.ts).
  const county = units.find((u) => u.level === 'county') ?? units.find((u) => u.level === 'prefecture')
  if (!county) throw new AppError('permission-denied', '只有区县或州/市组织部管理员可以设置规则')
  const rules = {
    requiredDays: input.requiredDays,
    checkInsPerDay: input.checkInsPerDay,
    photoRequired: input.photoRequired,
  }
  await changeSection(ctx, county, 'presence', rules, input.reason)
  return loadPolicyAt(ctx.db, county)
}
