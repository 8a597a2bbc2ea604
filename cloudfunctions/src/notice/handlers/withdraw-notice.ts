import { noticeSummarySchema } from '@contract/api/notice-schemas'
import { AppError } from '@contract/errors'
import { shanghaiDay } from '@contract/domain/presence-time'
import type { Handler } from '../../shared/handler'
import { writeAudit } from '../../shared/audit'
import { viewOrRefuse } from '../../shared/list-views'
import { getNotice, updateNotice } from '../../shared/public-notices'
import { NOTICE_WRITER_ROLES, unitInScope } from '../scope'
import { noticeSummary } from '../views'

/** Ends a notice early (a mistake in it): kept on record with the reason, no longer shown to villagers. */
export const withdrawNotice: Handler<'notice', 'withdrawNotice'> = async (input, ctx) => {
  const doc = await getNotice(ctx.db, input.noticeId)
  if (!doc) throw new AppError('not-found', '未找到该公示')
  await unitInScope(ctx, doc.unitId, NOTICE_WRITER_ROLES)
  if (doc.status === 'withdrawn') throw new AppError('failed-precondition', '该公示已撤回')
  // The answer is made before the write: a notice stored oddly by an earlier version is refused unchanged.
  const view = await viewOrRefuse(
    ctx,
    { ...doc, status: 'withdrawn' as const, withdrawReason: input.reason },
    (d) => noticeSummary(d, shanghaiDay(ctx.now)),
    noticeSummarySchema,
  )
  await updateNotice(ctx.db, doc._id, { status: 'withdrawn', withdrawReason: input.reason })
  await writeAudit(ctx, 'public_notice', doc._id, `撤回公示「${doc.title}」：${input.reason}`)
  return view
}
