import { AppError } from '@contract/errors'
import type { Handler } from '../../shared/handler'
import { writeAudit } from '../../shared/audit'
import { updateDispatchUnit } from '../../shared/dispatch-units'
import { loadDispatchUnitFor } from '../dispatch-scope'

/** An archived 派出单位 sends no one new; its cadres, history and exports stay readable. */
export const archiveDispatchUnit: Handler<'org', 'archiveDispatchUnit'> = async (input, ctx) => {
  const unit = await loadDispatchUnitFor(ctx, input.dispatchUnitId, true)
  if (unit.status === 'archived') throw new AppError('failed-precondition', '该派出单位已归档')
  await updateDispatchUnit(ctx.db, unit._id, { status: 'archived', updatedAt: ctx.now })
  await writeAudit(ctx, 'dispatch_unit', unit._id, `归档派出单位「${unit.name}」`)
  return { ok: true as const }
}
