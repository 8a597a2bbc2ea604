import type { Handler } from '../../shared/handler'
import { pathInScope, scopeUnitIds } from '../../shared/auth'
import { getUnitsByIds } from '../../shared/org-units'
import { listRequests } from '../repo-binding'
import { peopleByIds } from '../../shared/people'

export const listBindRequests: Handler<'org', 'listBindRequests'> = async (input, ctx) => {
  const page = await listRequests(ctx.db, input.status, input)
  const people = await peopleByIds(
    ctx.db,
    page.items.map((r) => r.personId),
  )
  const units = await getUnitsByIds(
    ctx.db,
    [...people.values()].map((p) => p.homeUnitId),
  )
  const scope = scopeUnitIds(ctx.caller, ['admin'])
  const items = page.items.flatMap((r) => {
    const person = people.get(r.personId)
    const unit = person ? units.get(person.homeUnitId) : undefined
    // An admin of another county never sees these people, not even their names.
    if (!person || !unit || !pathInScope(unit.path, scope)) return []
    return [
      {
        id: r._id,
        personId: person._id,
        personName: person.name,
        phoneMasked: person.phoneMasked,
        unitName: unit.name,
        status: r.status,
        createdAt: r.createdAt.toISOString(),
      },
    ]
  })
  return { items, total: page.total }
}
