import { useCallback, useEffect, useState } from 'react'
import { subscribeQueue } from '@/services/offline-queue'
import { dropPhoto } from '@/services/photo-store'
import { listDrafts, removeDraft, subscribeDrafts, type VisitDraft } from '@/services/visit-drafts'
import {
  DRAFT_STATE_LABELS,
  draftNote,
  draftState,
  retryDraft,
  startVisitSync,
  syncVisits,
  type DraftState,
} from '@/services/visit-sync'

export interface DraftRow {
  draft: VisitDraft
  state: DraftState
  label: string
  note: string
}

const rows = (): DraftRow[] =>
  listDrafts().map((d) => {
    const state = draftState(d)
    return { draft: d, state, label: DRAFT_STATE_LABELS[state], note: draftNote(d) }
  })

/** Drafts and their send states (草稿 / 待同步 / 失败可重试 / 已同步), live as the queue works. */
export function useVisitDrafts() {
  const [items, setItems] = useState<DraftRow[]>(rows)
  useEffect(() => {
    startVisitSync()
    const refresh = () => setItems(rows())
    refresh()
    const a = subscribeDrafts(refresh)
    const b = subscribeQueue(refresh)
    return () => {
      a()
      b()
    }
  }, [])
  const remove = useCallback((d: VisitDraft) => {
    // Only what was never sent, or is fully in the cloud, may be deleted: a failure keeps its draft.
    const state = draftState(d)
    if (state === 'pending' || state === 'failed') return
    d.photos.forEach((p) => void dropPhoto(p.ref))
    removeDraft(d.clientId)
  }, [])
  return { items, sync: syncVisits, retry: retryDraft, remove }
}
