import { SUPERVISING_ROLES } from '@contract/domain/role'
import type { Handler } from '../../shared/handler'
import { scopeUnitIds } from '../../shared/auth'
import { reviewSessionsUnder } from '../../shared/duty-reviews'
import { sessionView } from '../review-view'

/** Sessions held in the caller's scope (by a unit in it or below it), newest first. */
export const listReviewSessions: Handler<'presence', 'listReviewSessions'> = async (_input, ctx) => {
  const sessions = await reviewSessionsUnder(ctx.db, [...scopeUnitIds(ctx.caller, SUPERVISING_ROLES)])
  return { items: sessions.slice(0, 100).map((s) => sessionView(s, 0)) }
}
