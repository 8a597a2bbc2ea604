import { objectionViewSchema } from '@contract/api/notice-schemas'
import type { Handler } from '../../shared/handler'
import { viewsOf } from '../../shared/list-views'
import { objectionsInScope } from '../repo-notices'
import { OBJECTION_HANDLER_ROLES, scopeOf } from '../scope'
import { objectionView, tempUrls } from '../views'

export const listObjections: Handler<'notice', 'listObjections'> = async (input, ctx) => {
  const page = await objectionsInScope(ctx.db, scopeOf(ctx, OBJECTION_HANDLER_ROLES), input.noticeId, input.offset, input.limit)
  const urls = await tempUrls(page.items.flatMap((o) => (o.photoFileId ? [o.photoFileId] : [])))
  const shown = viewsOf(ctx, page.items, (o) => objectionView(o, o.photoFileId ? urls.get(o.photoFileId) ?? '' : ''), objectionViewSchema)
  return { ...shown, total: page.total }
}
