import { sharedVisitSchema } from '@contract/api/visit-schemas'
import type { Handler } from '../../shared/handler'
import { viewsOf } from '../../shared/list-views'
import { getUnitsByIds } from '../../shared/org-units'
import type { VisitDoc } from '../docs'
import { callerCountyIds } from '../repo-units'
import { VISITS } from '../repo-visits'
import { toSharedVisit } from '../views'

/** Examples shared within the caller's county, newest first, always masked (even for the own village). */
export const listSharedVisits: Handler<'visit', 'listSharedVisits'> = async (input, ctx) => {
  const counties = await callerCountyIds(
    ctx.db,
    ctx.caller.roles.flatMap((g) => g.unitIds),
  )
  const _ = ctx.db.command
  const where = { shared: true, countyId: _.in(counties) }
  const [res, count] = await Promise.all([
    ctx.db
      .collection(VISITS)
      .where(where)
      .orderBy('sharedAt', 'desc')
      .skip(input.offset)
      .limit(input.limit)
      .get<VisitDoc>(),
    ctx.db.collection(VISITS).where(where).count(),
  ])
  const townships = await getUnitsByIds(
    ctx.db,
    res.data.map((v) => v.townshipId),
  )
  return {
    ...viewsOf(
      ctx,
      res.data,
      (v) => toSharedVisit(v, townships.get(v.townshipId)?.name ?? ''),
      sharedVisitSchema,
    ),
    total: count.total,
  }
}
