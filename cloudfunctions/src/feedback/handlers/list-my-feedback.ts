import { myFeedbackSchema } from '@contract/api/feedback'
import type { Handler } from '../../shared/handler'
import { viewsOf } from '../../shared/list-views'
import { mine } from '../repo'
import { myView } from '../views'

/** The caller's own feedback with its answers, found by WeChat identity alone (villagers have no other). */
export const listMyFeedback: Handler<'feedback', 'listMyFeedback'> = async (input, ctx) => {
  if (!ctx.caller.openid) return { items: [], total: 0, skipped: 0 }
  const page = await mine(ctx.db, ctx.caller.openid, input.offset, input.limit)
  return { ...viewsOf(ctx, page.items, myView, myFeedbackSchema), total: page.total }
}
