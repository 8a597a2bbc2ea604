import { noticeDetailSchema } from '@contract/api/notice-schemas'
import { AppError } from '@contract/errors'
import { shanghaiDay } from '@contract/domain/presence-time'
import type { Handler } from '../../shared/handler'
import { viewOrRefuse } from '../../shared/list-views'
import { getNotice } from '../../shared/public-notices'
import { noticeDetail } from '../views'

export const getPublicNotice: Handler<'notice', 'getPublicNotice'> = async (input, ctx) => {
  const doc = await getNotice(ctx.db, input.noticeId)
  if (!doc || doc.status !== 'published') throw new AppError('not-found', '该公示不存在或已撤回')
  return viewOrRefuse(ctx, doc, (d) => noticeDetail(d, shanghaiDay(ctx.now)), noticeDetailSchema)
}
