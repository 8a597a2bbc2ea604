import type { Handler } from '../../shared/handler'
import { listPeopleOfUnits } from '../../shared/people'
import { unitIdsUnder } from '../../shared/org-units'
import { toPersonRows } from '../person-view'
import { loadUnitInScope } from '../scope'

export const listPeople: Handler<'org', 'listPeople'> = async (input, ctx) => {
  const unit = await loadUnitInScope(ctx, input.unitId)
  const unitIds = await unitIdsUnder(ctx.db, unit._id)
  const page = await listPeopleOfUnits(ctx.db, unitIds, { offset: input.offset, limit: input.limit, bound: input.bound })
  return { items: await toPersonRows(ctx.db, page.items), total: page.total }
}
