import { LEAVE_STATUS_LABELS, LEAVE_TYPE_LABELS } from '@contract/domain/presence'
import type { Handler } from '../../shared/handler'
import { activePeopleOfDispatchUnits } from '../../shared/people'
import { leavesOfPeopleFrom } from '../../shared/presence-leaves'
import { loadDispatchUnitFor } from '../dispatch-scope'

/** The year's leave of a 派出单位's cadres, newest first: the 派出单位 is informed of every leave. */
export const listDispatchLeaves: Handler<'org', 'listDispatchLeaves'> = async (input, ctx) => {
  const unit = await loadDispatchUnitFor(ctx, input.dispatchUnitId)
  const people = await activePeopleOfDispatchUnits(ctx.db, [unit._id])
  const leaves = await leavesOfPeopleFrom(
    ctx.db,
    people.map((p) => p._id),
    `${input.year}-01-01`,
  )
  const typeLabels: Record<string, string> = { ...LEAVE_TYPE_LABELS }
  const items = leaves
    .filter((l) => l.startDay <= `${input.year}-12-31`)
    .sort((a, b) => b.startDay.localeCompare(a.startDay) || a._id.localeCompare(b._id))
    .map((l) => ({
      id: l._id,
      personName: l.personName,
      village: l.villageName,
      typeLabel: typeLabels[l.type] ?? l.type,
      startDay: l.startDay,
      endDay: l.endDay,
      days: l.days,
      statusLabel: LEAVE_STATUS_LABELS[l.status],
    }))
  return { unitName: unit.name, items }
}
