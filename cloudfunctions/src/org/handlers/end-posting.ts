import { shanghaiDay } from '@contract/domain/presence-time'
import type { Handler } from '../../shared/handler'
import { unitById } from '../../shared/org-units'
import { namesByIds } from '../../shared/people'
import { endPostingStep } from '../posting-end'
import { postingView } from '../posting-view'
import { loadPostingInScope } from '../scope'

/** Ends a posting by rotation, recall (召回调整) or completion, with the handover in the same step. */
export const endPosting: Handler<'org', 'endPosting'> = async (input, ctx) => {
  const posting = await loadPostingInScope(ctx, input.postingId, ['admin'])
  const done = await endPostingStep(ctx, posting, input)
  const village = await unitById(ctx.db, posting.villageId)
  const names = {
    villages: new Map([[posting.villageId, village?.name ?? '']]),
    people: await namesByIds(ctx.db, done.posting.successorId ? [done.posting.successorId] : []),
  }
  return { posting: postingView(done.posting, names, shanghaiDay(ctx.now)), handover: done.handover }
}
