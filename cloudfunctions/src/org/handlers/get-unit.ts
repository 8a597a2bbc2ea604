import type { Handler } from '../../shared/handler'
import { getUnitsByIds, unitCenter, countChildren, unitIdsUnder } from '../../shared/org-units'
import { countHouseholdsIn } from '../../shared/households'
import { listPeopleOfUnits } from '../../shared/people'
import { toPersonRows } from '../person-view'
import { loadUnitInScope } from '../scope'
import { toUnitSummary } from '../unit-view'

export const getUnit: Handler<'org', 'getUnit'> = async (input, ctx) => {
  const unit = await loadUnitInScope(ctx, input.unitId)
  const trailUnits = await getUnitsByIds(ctx.db, unit.path)
  const under = await unitIdsUnder(ctx.db, unit._id)
  const villageIds = unit.level === 'village' ? [unit._id] : unit.level === 'group' ? [] : under
  // A village lists its people in full (dozens); higher levels only count them.
  const people = await listPeopleOfUnits(ctx.db, unit.level === 'village' ? [unit._id] : under, {
    offset: 0,
    limit: unit.level === 'village' ? 100 : 1,
  })
  const rows = unit.level === 'village' ? await toPersonRows(ctx.db, people.items) : []
  const holds = (role: string) => (r: (typeof rows)[number]) => r.roles.some((g) => g.role === role)
  const [children, households] = await Promise.all([
    countChildren(ctx.db, unit._id),
    countHouseholdsIn(ctx.db, villageIds),
  ])
  return {
    unit: { ...toUnitSummary(unit), parentId: unit.parentId },
    trail: unit.path.flatMap((id) => {
      const u = trailUnits.get(id)
      return u ? [{ id: u._id, name: u.name }] : []
    }),
    center: unitCenter(unit),
    radiusM: unit.radiusM,
    team: rows.filter(holds('resident_cadre')),
    cadres: rows.filter(holds('village_cadre')),
    counts: { children, people: people.total, households },
  }
}
