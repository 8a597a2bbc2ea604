import type { Handler } from '../../shared/handler'
import { markRead as mark, unreadCount } from '../repo-inbox'

/** Only the owner's records are touched: the query names the caller's person id. */
export const markRead: Handler<'notice', 'markRead'> = async (input, ctx) => {
  const personId = ctx.caller.person._id
  await mark(ctx.db, personId, input.inboxId, ctx.now)
  return { unread: await unreadCount(ctx.db, personId) }
}
