import { inboxItemSchema } from '@contract/api/notice-schemas'
import type { Handler } from '../../shared/handler'
import { viewsOf } from '../../shared/list-views'
import { listInbox as readInbox, unreadCount } from '../repo-inbox'

export const listInbox: Handler<'notice', 'listInbox'> = async (input, ctx) => {
  const personId = ctx.caller.person._id
  const [page, unread] = await Promise.all([
    readInbox(ctx.db, personId, input.unreadOnly, input.offset, input.limit),
    unreadCount(ctx.db, personId),
  ])
  return {
    ...viewsOf(
      ctx,
      page.items,
      (r) => ({
        id: r._id,
        kind: r.kind,
        title: r.title,
        body: r.body,
        link: r.link,
        createdAt: new Date(r.createdAt).toISOString(),
        read: r.readAt !== null,
      }),
      inboxItemSchema,
    ),
    total: page.total,
    unread,
  }
}
