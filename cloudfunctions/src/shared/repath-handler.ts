import { AppError } from '@contract/errors'
import type { HandlerContext } from './context'
import type { Database } from './db-types'
import type { TreeUnit } from './org-tree'
import type { RepathBatch } from './repath'
import { requireInScope, scopeUnitIds } from './auth'
import { writeAudit } from './audit'
import { isAttachStep } from '@contract/domain/county-attach'
import { loadUnit, markAttachStep } from './org-units'

const BUDGET = 4000

/**
 * One function's share of re-pathing a county placed under a 州/市: an admin whose scope covers the
 * county runs it (again, until done); only stale records are rewritten, and a run that rewrote any is
 * audited.
 */
export async function repathCounty(
  ctx: HandlerContext,
  countyId: string,
  step: (db: Database, anchor: TreeUnit, budget: number) => Promise<RepathBatch>,
): Promise<RepathBatch> {
  const county = await loadUnit(ctx.db, countyId, '区县不存在')
  if (county.level !== 'county') throw new AppError('invalid-argument', '请选择区县', { field: 'countyId' })
  requireInScope(county.path, scopeUnitIds(ctx.caller, ['admin']))
  const res = await step(ctx.db, county, BUDGET)
  if (isAttachStep(ctx.fn)) await markAttachStep(ctx.db, county._id, ctx.fn, res.done)
  if (res.fixed > 0)
    await writeAudit(
      ctx,
      'org_unit',
      county._id,
      `「${county.name}」补全路径 ${res.fixed} 条${res.done ? '，已完成' : '，未完'}`,
    )
  return res
}
