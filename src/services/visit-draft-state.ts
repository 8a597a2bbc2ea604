import type { QueueState } from './offline-queue'
import type { VisitDraft } from './visit-drafts'

export type DraftState = 'draft' | 'pending' | 'failed' | 'synced'
export const DRAFT_STATE_LABELS: Record<DraftState, string> = {
  draft: '草稿',
  pending: '待同步',
  failed: '失败可重试',
  synced: '已同步',
}

/**
 * Where a draft stands, from its own record and its queue item's state (undefined once the queue
 * pruned it): never handed over → 草稿; the form refused → 失败可重试; the form or a photo still on
 * its way → 待同步; the form delivered and every photo attached → 已同步. Pure, so it is unit-tested.
 */
export function stateOfDraft(
  d: Pick<VisitDraft, 'queueId' | 'visitId' | 'photos' | 'photoError'>,
  queue: QueueState | undefined,
): DraftState {
  if (!d.queueId) return 'draft'
  if (queue === 'failed') return 'failed'
  if (!d.visitId && queue !== 'synced') return 'pending'
  if (d.photos.every((p) => p.attached)) return 'synced'
  return d.photoError ? 'failed' : 'pending'
}
