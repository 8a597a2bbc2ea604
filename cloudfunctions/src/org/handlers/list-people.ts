import { filterByName, isSearching } from '@contract/domain/name-search'
import type { Handler } from '../../shared/handler'
import { searchableName } from '../../shared/initials'
import { peopleByIds, listPeopleOfUnits, namesOfUnits } from '../../shared/people'
import { unitIdsUnder } from '../../shared/org-units'
import { toPersonRows } from '../person-view'
import { loadUnitInScope } from '../scope'

export const listPeople: Handler<'org', 'listPeople'> = async (input, ctx) => {
  const unit = await loadUnitInScope(ctx, input.unitId)
  const unitIds = await unitIdsUnder(ctx.db, unit._id)
  if (!isSearching(input)) {
    const page = await listPeopleOfUnits(ctx.db, unitIds, {
      offset: input.offset,
      limit: input.limit,
      bound: input.bound,
    })
    return { items: await toPersonRows(ctx.db, page.items), total: page.total }
  }
  const found = filterByName(await namesOfUnits(ctx.db, unitIds, input.bound), input, (p) =>
    searchableName(p.name, 'person'),
  )
  const ids = found.slice(input.offset, input.offset + input.limit).map((p) => p._id)
  const people = await peopleByIds(ctx.db, ids)
  const page = ids.flatMap((id) => people.get(id) ?? [])
  return { items: await toPersonRows(ctx.db, page), total: found.length }
}
