import type { Handler } from '../../shared/handler'
import { writeAudit } from '../../shared/audit'
import { casesOfHousehold } from '../../shared/monitor-cases'
import { createCase } from '../new-case'
import { villageHousehold } from '../scope'
import { tellStep } from '../tell'

/** 风险消除 starts at the village with the income now; the same steps as 纳入 follow. */
export const startClearance: Handler<'monitor', 'startClearance'> = async (input, ctx) => {
  const h = await villageHousehold(ctx, input.householdId)
  const me = ctx.caller.person
  const included = (await casesOfHousehold(ctx.db, h._id)).filter(
    (c) => c.kind === 'inclusion' && c.step === 'done',
  )
  const last = included[included.length - 1]
  const doc = await createCase(ctx, h, {
    kind: 'clearance',
    source: 'visit',
    sourceRef: last?._id ?? null,
    risks: last?.risks.length ? last.risks : ['other'],
    incomePerCapita: input.incomePerCapita,
    rigidExpense: input.rigidExpense ?? null,
    byId: me._id,
    byName: me.name,
    starterOpenid: null,
    note: input.note,
  })
  await writeAudit(ctx, 'monitor_case', doc._id, `发起${doc.headName}户风险消除`)
  await tellStep(ctx, doc, doc.history[0])
  return { caseId: doc._id }
}
