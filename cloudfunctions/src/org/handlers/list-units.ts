import type { Handler } from '../../shared/handler'
import { scopeUnitIds } from '../../shared/auth'
import { getUnitsByIds, childrenOf } from '../../shared/org-units'
import { loadUnitInScope } from '../scope'
import { toUnitSummary } from '../unit-view'

/** Without a parent: the roots of the caller's scope, so a township leader starts at their township. */
export const listUnits: Handler<'org', 'listUnits'> = async (input, ctx) => {
  if (!input.parentId) {
    const roots = await getUnitsByIds(ctx.db, [...scopeUnitIds(ctx.caller)])
    const units = [...roots.values()].sort((a, b) => a.code.localeCompare(b.code))
    return { units: units.map(toUnitSummary) }
  }
  const parent = await loadUnitInScope(ctx, input.parentId)
  return { units: (await childrenOf(ctx.db, [parent._id])).map(toUnitSummary) }
}
