import { caseSummarySchema } from '@contract/api/monitor-schemas'
import { shanghaiDay } from '@contract/domain/presence-time'
import type { Handler } from '../../shared/handler'
import { scopeUnitIds } from '../../shared/auth'
import { viewsOf } from '../../shared/list-views'
import { pageCasesUnder, type MonitorCaseDoc } from '../../shared/monitor-cases'
import { getUnitsByIds } from '../../shared/org-units'
import { READER_ROLES } from '../scope'
import { caseSummary } from '../views'

/** Cases of the caller's scope, newest first; 仅看逾期 keeps the open steps past their day. */
export const listCases: Handler<'monitor', 'listCases'> = async (input, ctx) => {
  const scope = [...scopeUnitIds(ctx.caller, READER_ROLES)]
  const today = shanghaiDay(ctx.now)
  let docs: MonitorCaseDoc[]
  let total: number
  if (input.overdueOnly) {
    // Overdue is a comparison with today: read the open cases of the scope (a county holds hundreds) and page here.
    const all = await pageCasesUnder(
      ctx.db,
      scope,
      { step: input.step, kind: input.kind },
      { offset: 0, limit: 1000 },
    )
    const late = all.items.filter((d) => caseSummary(d, '', today).overdue)
    docs = late.slice(input.offset, input.offset + input.limit)
    total = late.length
  } else {
    const page = await pageCasesUnder(ctx.db, scope, { step: input.step, kind: input.kind }, input)
    docs = page.items
    total = page.total
  }
  const villages = await getUnitsByIds(ctx.db, [...new Set(docs.map((d) => d.villageId))])
  const { items, skipped } = viewsOf(
    ctx,
    docs,
    (d) => caseSummary(d, villages.get(d.villageId)?.name ?? '', today),
    caseSummarySchema,
  )
  return { items, total, skipped }
}
