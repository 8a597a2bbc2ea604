import { DISPATCH_UNIT_KIND_LABELS, type DispatchUnitRow } from '@contract/domain/dispatch-unit'
import type { Handler } from '../../shared/handler'
import { hasRole } from '../../shared/auth'
import { dispatchUnitsByIds, dispatchUnitsOf, type DispatchUnitDoc } from '../../shared/dispatch-units'
import { activePeopleOfDispatchUnits } from '../../shared/people'
import { adminCountyId, contactUnitIds } from '../dispatch-scope'

function toRow(u: DispatchUnitDoc, cadres: number): DispatchUnitRow {
  return {
    id: u._id,
    ownerUnitId: u.ownerUnitId,
    name: u.name,
    kind: u.kind,
    kindLabel: DISPATCH_UNIT_KIND_LABELS[u.kind],
    contactName: u.contactName,
    contactPhoneMasked: u.contactPhoneMasked,
    contactPersonId: u.contactPersonId,
    contactBound: u.contactPersonId !== null,
    status: u.status,
    cadres,
  }
}

/** The county's register for its admin; a contact sees only the unit they speak for. */
export const listDispatchUnits: Handler<'org', 'listDispatchUnits'> = async (input, ctx) => {
  const units = hasRole(ctx.caller, ['admin'])
    ? await dispatchUnitsOf(ctx.db, await adminCountyId(ctx))
    : [...(await dispatchUnitsByIds(ctx.db, [...contactUnitIds(ctx)])).values()]
  const shown = units.filter((u) => input.includeArchived || u.status === 'active')
  const people = await activePeopleOfDispatchUnits(
    ctx.db,
    shown.map((u) => u._id),
  )
  const count = new Map<string, number>()
  for (const p of people)
    if (p.dispatchUnitId) count.set(p.dispatchUnitId, (count.get(p.dispatchUnitId) ?? 0) + 1)
  return { items: shown.map((u) => toRow(u, count.get(u._id) ?? 0)) }
}
