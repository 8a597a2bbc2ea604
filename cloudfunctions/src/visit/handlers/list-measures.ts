import { shanghaiDay } from '@contract/domain/presence-time'
import type { Handler } from '../../shared/handler'
import { loadHousehold } from '../../shared/households'
import { measuresOfHousehold } from '../../shared/household-measures'
import { requireSee } from '../access'
import { assignablePeople, mayManageMeasures, standingOnHousehold } from '../measure-access'
import { toMeasureView } from '../measure-view'

/** A household's measures, oldest first; to those who manage them, the people they may name as responsible. */
export const listMeasures: Handler<'visit', 'listMeasures'> = async (input, ctx) => {
  const h = await loadHousehold(ctx.db, input.householdId)
  const s = standingOnHousehold(ctx.caller, h)
  const measures = await measuresOfHousehold(ctx.db, h._id)
  // A responsible person named from the township sees the measures they answer for.
  if (!measures.some((m) => m.responsibleId === s.me)) requireSee(s)
  const manage = mayManageMeasures(s)
  const today = shanghaiDay(ctx.now)
  return {
    measures: measures.map((m) => toMeasureView(m, today)),
    mayManage: manage,
    meId: s.me,
    assignable: manage ? await assignablePeople(ctx.db, h) : [],
  }
}
