import { sharedVisitSchema } from '@contract/api/visit-schemas'
import type { Handler } from '../../shared/handler'
import { viewsOf } from '../../shared/list-views'
import { getUnitsByIds } from '../../shared/org-units'
import { callerCountyIds } from '../repo-units'
import { pageSharedVisits } from '../repo-visits'
import { toSharedVisit } from '../views'

/** Examples shared within the caller's county, newest first, always masked (even for the own village). */
export const listSharedVisits: Handler<'visit', 'listSharedVisits'> = async (input, ctx) => {
  const counties = await callerCountyIds(
    ctx.db,
    ctx.caller.roles.flatMap((g) => g.unitIds),
  )
  const page = await pageSharedVisits(ctx.db, counties, input)
  const townships = await getUnitsByIds(
    ctx.db,
    page.items.map((v) => v.townshipId),
  )
  return {
    ...viewsOf(
      ctx,
      page.items,
      (v) => toSharedVisit(v, townships.get(v.townshipId)?.name ?? ''),
      sharedVisitSchema,
    ),
    total: page.total,
  }
}
