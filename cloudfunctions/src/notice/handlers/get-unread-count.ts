import type { Handler } from '../../shared/handler'
import { unreadCount } from '../repo-inbox'

export const getUnreadCount: Handler<'notice', 'getUnreadCount'> = async (_input, ctx) => ({
  unread: await unreadCount(ctx.db, ctx.caller.person._id),
})
