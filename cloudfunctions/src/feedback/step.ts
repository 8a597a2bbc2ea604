import { AppError } from '@contract/errors'
import { FEEDBACK_STATUS_LABELS, FEEDBACK_STEPS, canStep, type FeedbackStep } from '@contract/domain/feedback'
import type { HostFeedback } from '@contract/api/feedback'
import type { HandlerContext } from '../shared/context'
import { writeAudit } from '../shared/audit'
import { feedbackToDecide } from './access'
import type { FeedbackDoc } from './docs'
import { photoUrls } from './file-urls'
import { tellSender } from './notify-parties'
import { stepFeedback } from './repo'
import { hostView } from './views'

/**
 * One step by the 主办单位 (受理, 答复, 关闭): scope and 回避 first, then the status, then one
 * transactional write; the sender is told, the audit log keeps it.
 */
export async function takeStep(
  ctx: HandlerContext,
  id: string,
  step: FeedbackStep,
  patch: Partial<FeedbackDoc>,
  told: string,
  audit: string,
): Promise<HostFeedback> {
  const seen = await feedbackToDecide(ctx, id)
  const row = FEEDBACK_STEPS[step]
  const refuse = (status: FeedbackDoc['status']) =>
    new AppError('failed-precondition', `该投诉建议${FEEDBACK_STATUS_LABELS[status]}，不能${row.label}`)
  if (!canStep(seen.status, step)) throw refuse(seen.status)
  const next = await stepFeedback(ctx.db, id, row.from, { ...patch, status: row.to, updatedAt: ctx.now })
  if (next === null) throw new AppError('not-found', '未找到该投诉建议')
  if (next === 'moved') throw new AppError('conflict', '该投诉建议已被他人处理，请刷新后重试')
  await tellSender(ctx.db, ctx.now, next, told)
  await writeAudit(ctx, 'feedback', id, audit)
  return hostView(next, ctx.now, await photoUrls([next.photoFileId]))
}
