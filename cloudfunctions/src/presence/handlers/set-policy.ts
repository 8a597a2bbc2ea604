import { AppError } from '@contract/errors'
import { isStrictPolicy, stricterParts } from '@contract/domain/presence'
import type { Handler } from '../../shared/handler'
import { writeAudit } from '../../shared/audit'
import { getUnitsByIds } from '../../shared/org-units'
import { getPolicyDoc, policyView, rulesOf, savePolicyDoc } from '../../shared/presence-policy'

/**
 * Stricter modes (more days, twice a day, photos) burden every cadre of the county: the 2024 减负 rules
 * allow them only with a reason, which is kept and shown with the policy.
 */
export const setPolicy: Handler<'presence', 'setPolicy'> = async (input, ctx) => {
  const person = ctx.caller.person!
  const adminUnits = await getUnitsByIds(ctx.db, ctx.caller.roles.filter((g) => g.role === 'admin').flatMap((g) => g.unitIds))
  const county = [...adminUnits.values()].find((u) => u.level === 'county')
  if (!county) throw new AppError('permission-denied', '只有区县组织部管理员可以设置规则')
  const current = await getPolicyDoc(ctx.db, county._id)
  const rules = { requiredDays: input.requiredDays, checkInsPerDay: input.checkInsPerDay, photoRequired: input.photoRequired }
  const stricter = stricterParts(rulesOf(current), rules)
  if (stricter.length > 0 && !input.reason) {
    throw new AppError('invalid-argument', `从严设置须写明理由：${stricter.join('；')}`, { field: 'reason' })
  }
  const reason = isStrictPolicy(rules) ? input.reason || current?.reason || null : null
  const history = [...(current?.history ?? []), { ...rules, reason, at: ctx.now, byName: person.name }].slice(-20)
  const doc = { _id: county._id, ...rules, reason, updatedAt: ctx.now, updatedById: person._id, updatedByName: person.name, history }
  await savePolicyDoc(ctx.db, doc)
  await writeAudit(ctx, 'presence_policy', county._id, `规则：每月 ${rules.requiredDays} 天，每日 ${rules.checkInsPerDay} 次，照片${rules.photoRequired ? '必填' : '可选'}；${reason ?? ''}`)
  return policyView(county._id, doc)
}
