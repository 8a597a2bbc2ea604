import { objectionViewSchema } from '@contract/api/notice-schemas'
import type { Handler } from '../../shared/handler'
import { viewsOf } from '../../shared/list-views'
import { objectionsInScope } from '../repo-notices'
import { OBJECTION_READER_ROLES, scopeOf } from '../scope'
import { objectionAbilities } from '../objection-access'
import { objectionView, tempUrls } from '../views'

export const listObjections: Handler<'notice', 'listObjections'> = async (input, ctx) => {
  // Handlers answer them; the notices' writers (the village) follow what was raised, objectors masked.
  const page = await objectionsInScope(
    ctx.db,
    scopeOf(ctx, OBJECTION_READER_ROLES),
    input.noticeId,
    input.offset,
    input.limit,
  )
  const can = objectionAbilities(ctx)
  const urls = await tempUrls(page.items.flatMap((o) => (o.photoFileId ? [o.photoFileId] : [])))
  const shown = viewsOf(
    ctx,
    page.items,
    (o) => objectionView(o, can(o), o.photoFileId ? (urls.get(o.photoFileId) ?? '') : ''),
    objectionViewSchema,
  )
  return { ...shown, total: page.total }
}
