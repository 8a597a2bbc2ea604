import { CASE_KIND } from '@contract/domain/monitoring'
import type { Handler } from '../../shared/handler'
import { writeAudit } from '../../shared/audit'
import { createCase } from '../new-case'
import { villageHousehold } from '../scope'
import { tellStep } from '../tell'

/** 农户自主申报 taken at the village: the cadre records what the household says; it waits for the review. */
export const recordApplication: Handler<'monitor', 'recordApplication'> = async (input, ctx) => {
  const h = await villageHousehold(ctx, input.householdId)
  const me = ctx.caller.person
  const doc = await createCase(ctx, h, {
    kind: 'inclusion',
    source: 'self',
    sourceRef: null,
    risks: input.risks,
    incomePerCapita: input.incomePerCapita ?? null,
    rigidExpense: input.rigidExpense ?? null,
    byId: me._id,
    byName: me.name,
    starterOpenid: null,
    note: `村里代为登记农户申报：${input.note}`,
  })
  await writeAudit(
    ctx,
    'monitor_case',
    doc._id,
    `代${doc.headName}户登记自主申报（${CASE_KIND.labels[doc.kind]}）`,
  )
  await tellStep(ctx, doc, doc.history[0])
  return { caseId: doc._id }
}
