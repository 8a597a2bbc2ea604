import type { Handler } from '../../shared/handler'
import { AppError } from '@contract/errors'
import { previewHandover as preview, receiverOf } from '../handover'
import { loadPersonInScope, loadPostingInScope } from '../scope'

/** Before ending a posting: what passes to whom, and what needs a word with the cadre. Writes nothing. */
export const previewHandover: Handler<'org', 'previewHandover'> = async (input, ctx) => {
  const posting = await loadPostingInScope(ctx, input.postingId, ['admin'])
  if (posting.status !== 'active') throw new AppError('failed-precondition', '该任职已结束')
  if (input.successorId) await loadPersonInScope(ctx, input.successorId, ['admin'])
  return preview(ctx, posting, await receiverOf(ctx, posting, input.successorId ?? null))
}
