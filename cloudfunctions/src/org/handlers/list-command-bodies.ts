import { commandBodySummarySchema } from '@contract/api/org-command-bodies'
import type { Handler } from '../../shared/handler'
import { viewsOf } from '../../shared/list-views'
import { getUnitsByIds } from '../../shared/org-units'
import { loadUnitInScope } from '../scope'
import { commandBodiesAt } from '../repo-command-bodies'
import { commandBodySummary } from '../command-body-view'

/** A unit's own body and its children's (州 → 县级指挥部, 县 → 乡镇工作站, 乡镇 → 村级作战室), for drilling down. */
export const listCommandBodies: Handler<'org', 'listCommandBodies'> = async (input, ctx) => {
  const unit = await loadUnitInScope(ctx, input.unitId, ['admin', 'supervisor', 'township_leader'])
  const bodies = await commandBodiesAt(ctx.db, unit._id)
  const units = await getUnitsByIds(ctx.db, [...new Set(bodies.map((b) => b.unitId))])
  const nameOf = (id: string) => units.get(id)?.name ?? ''
  const own = bodies.find((b) => b.unitId === unit._id)
  const children = bodies
    .filter((b) => b.unitId !== unit._id)
    .sort((a, b) => (units.get(a.unitId)?.code ?? '').localeCompare(units.get(b.unitId)?.code ?? ''))
  const views = viewsOf(
    ctx,
    children,
    (b) => commandBodySummary(b, nameOf(b.unitId)),
    commandBodySummarySchema,
  )
  const ownView = own
    ? viewsOf(ctx, [own], (b) => commandBodySummary(b, unit.name), commandBodySummarySchema)
    : null
  return {
    unitId: unit._id,
    unitName: unit.name,
    own: ownView?.items[0] ?? null,
    children: views.items,
    skipped: views.skipped + (ownView?.skipped ?? 0),
  }
}
