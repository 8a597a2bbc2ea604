import { AppError } from '@contract/errors'
import type { Handler } from '../../shared/handler'
import { pathInScope, scopeUnitIds } from '../../shared/auth'
import { writeAudit } from '../../shared/audit'
import { mayVisit, standingOn } from '../access'
import { cardOfHousehold, insertCard, newCardCode } from '../repo-cards'
import { loadHousehold } from '../../shared/households'

/** One 明白卡 code per household, made on first request and then always the same. */
export const issueCard: Handler<'visit', 'issueCard'> = async (input, ctx) => {
  const h = await loadHousehold(ctx.db, input.householdId)
  const admin = pathInScope(h.unitPath, scopeUnitIds(ctx.caller, ['admin']))
  if (!admin && !mayVisit(standingOn(ctx.caller, h.unitPath, h.pairingCadreIds)))
    throw new AppError('permission-denied', '该农户不在您的结对或管辖范围内')
  const existing = await cardOfHousehold(ctx.db, h._id)
  if (existing) return { code: existing._id }
  const code = newCardCode()
  try {
    await insertCard(ctx.db, {
      _id: code,
      householdId: h._id,
      villageId: h.villageId,
      issuedAt: ctx.now,
      issuedById: ctx.caller.person._id,
    })
  } catch (err) {
    // Two first requests at once: the unique index on householdId keeps one card; answer with it.
    const raced = await cardOfHousehold(ctx.db, h._id)
    if (raced) return { code: raced._id }
    throw err
  }
  await writeAudit(ctx, 'household_card', h._id, `生成明白卡编号 ${h.headName}户`)
  return { code }
}
