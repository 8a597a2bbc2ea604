import { VISIT_FORM_VERSION } from '@contract/domain/visit-form'
import { isAppError } from '@contract/errors'
import { call } from './client'
import { uploadFor } from './uploads'
import { isNetworkError } from './network-error'
import { enqueue, flushQueue, getQueueItem, startQueueSync, subscribeQueue } from './offline-queue'
import { dropPhoto, photoSrc } from './photo-store'
import { getDraft, listDrafts, saveDraft, type VisitDraft } from './visit-drafts'
import { stateOfDraft, type DraftState } from './visit-draft-state'

/**
 * Sending visits: the form goes through the shared offline queue (resent with its client id until
 * the server answers; the server dedupes), then each photo is uploaded and attached on its own, so
 * a weak signal never has to carry nine photos and the form in one piece.
 */
export { DRAFT_STATE_LABELS, type DraftState } from './visit-draft-state'

export function draftState(d: VisitDraft): DraftState {
  return stateOfDraft(d, d.queueId ? getQueueItem(d.queueId)?.state : undefined)
}

/** Why a draft is not synced yet, in plain words. */
export function draftNote(d: VisitDraft): string {
  const item = d.queueId ? getQueueItem(d.queueId) : undefined
  if (item?.lastError) return item.lastError
  if (d.photoError) return `照片上传失败：${d.photoError}`
  const left = d.photos.filter((p) => !p.attached).length
  if (d.visitId && left > 0) return `走访已送达，还有 ${left} 张照片待上传`
  return ''
}

export function submitDraft(d: VisitDraft): VisitDraft {
  const attempt = d.queueId ? Number(d.queueId.split('.')[1] ?? 0) + 1 : 0
  const queueId = `${d.clientId}.${attempt}`
  const endedAt = d.endedAt ?? new Date().toISOString()
  enqueue({
    id: queueId,
    fn: 'visit',
    action: 'submitVisit',
    label: `走访 ${d.headName}户`,
    input: {
      clientId: d.clientId,
      householdId: d.householdId,
      formVersion: VISIT_FORM_VERSION,
      form: d.form,
      startedAt: d.startedAt,
      endedAt,
      startLocation: d.startLocation,
      endLocation: d.endLocation,
      photoCount: d.photos.length,
    },
  })
  return saveDraft({ ...d, endedAt, queueId, photoError: null })
}

async function syncPhotos(clientId: string): Promise<'done' | 'network'> {
  let d = getDraft(clientId)
  if (!d?.queueId) return 'done'
  const item = getQueueItem(d.queueId)
  if (!d.visitId && item?.state === 'synced') {
    const visitId = (item.result as { visitId?: unknown } | undefined)?.visitId
    if (typeof visitId === 'string') d = saveDraft({ ...d, visitId })
  }
  // The queue pruned the item before its answer was read: send again, the server answers with the same visit.
  if (!d.visitId && !item) submitDraft(d)
  if (!d.visitId) return 'done'
  for (const [index, photo] of d.photos.entries()) {
    if (photo.attached) continue
    try {
      const fileID = photo.fileID ?? (await uploadFor('visit', await photoSrc(photo.ref)))
      d = saveDraft({ ...d, photos: d.photos.map((p, i) => (i === index ? { ...p, fileID } : p)) })
      await call('visit', 'attachPhoto', { clientId, index, fileID })
      d = saveDraft({
        ...d,
        photoError: null,
        photos: d.photos.map((p, i) => (i === index ? { ...p, attached: true } : p)),
      })
      await dropPhoto(photo.ref)
    } catch (err) {
      if (isNetworkError(err)) return 'network'
      saveDraft({ ...d, photoError: isAppError(err) ? err.message : '上传失败' })
      return 'done'
    }
  }
  return 'done'
}

let running: Promise<void> | null = null

/** Sends what waits in the queue, then the photos of delivered visits, in order; stops when the network is gone. */
export function syncVisits(): Promise<void> {
  if (running) return running
  running = (async () => {
    await flushQueue()
    for (const d of listDrafts()) {
      if ((await syncPhotos(d.clientId)) === 'network') break
    }
  })().finally(() => {
    running = null
  })
  return running
}

/** A failed form goes back to waiting; a failed photo is simply tried again. */
export async function retryDraft(d: VisitDraft): Promise<void> {
  const item = d.queueId ? getQueueItem(d.queueId) : undefined
  if (item?.state === 'failed') submitDraft(d)
  else saveDraft({ ...d, photoError: null })
  await syncVisits()
}

let started = false
/** Photos follow whenever the queue delivers something (network back, app shown). Idempotent. */
export function startVisitSync(): void {
  if (started) return
  started = true
  startQueueSync()
  subscribeQueue(() => {
    if (!running) void syncVisits()
  })
  void syncVisits()
}
