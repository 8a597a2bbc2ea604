import type { Handler } from '../../shared/handler'
import { activePeopleOfDispatchUnits } from '../../shared/people'
import { loadDispatchUnitFor } from '../dispatch-scope'
import { assessmentRows } from '../assessment-facts'

/** The 年度考核 sheet of one 派出单位: facts beside the county's decisions; its contact reads it too. */
export const getAssessmentSheet: Handler<'org', 'getAssessmentSheet'> = async (input, ctx) => {
  const unit = await loadDispatchUnitFor(ctx, input.dispatchUnitId)
  const people = await activePeopleOfDispatchUnits(ctx.db, [unit._id])
  const rows = await assessmentRows(ctx.db, unit, people, input.year)
  return { unitName: unit.name, year: input.year, rows }
}
