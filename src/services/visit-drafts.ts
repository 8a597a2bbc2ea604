import Taro from '@tarojs/taro'
import type { VisitForm } from '@contract/domain/visit-form'

/**
 * Visit drafts on the phone, saved as the cadre types. One storage key per draft (Taro storage
 * allows 1 MB per key, 10 MB in all) plus an index of ids; photos are references (see photo-store).
 * A draft is deleted only by the cadre, or once the visit and all its photos are in the cloud.
 */
export interface DraftPhoto {
  id: string
  ref: string
  fileID?: string
  attached?: boolean
}

export interface Fix {
  lat: number
  lng: number
  accuracy: number
}

export interface VisitDraft {
  clientId: string
  householdId: string
  headName: string
  villageName: string
  form: VisitForm
  /** The last visit's form, for "changes since last visit" (null for a first visit). */
  lastForm: VisitForm | null
  lastVisitAt: string | null
  photos: DraftPhoto[]
  startedAt: string
  startLocation: Fix | null
  endedAt: string | null
  endLocation: Fix | null
  /** Set when handed to the send queue; the queue item id (a resubmission after an edit gets a new one). */
  queueId: string | null
  visitId: string | null
  photoError: string | null
  updatedAt: string
}

const INDEX = 'zhucun.visitDrafts.v1'
const key = (clientId: string) => `zhucun.visitDraft.${clientId}`

function ids(): string[] {
  const raw: unknown = Taro.getStorageSync(INDEX)
  return Array.isArray(raw) ? raw.filter((x): x is string => typeof x === 'string') : []
}

export function listDrafts(): VisitDraft[] {
  return ids()
    .map(getDraft)
    .filter((d): d is VisitDraft => d !== null)
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
}

export function getDraft(clientId: string): VisitDraft | null {
  const raw: unknown = Taro.getStorageSync(key(clientId))
  return raw && typeof raw === 'object' && (raw as VisitDraft).clientId === clientId
    ? (raw as VisitDraft)
    : null
}

export function saveDraft(draft: VisitDraft): VisitDraft {
  const next = { ...draft, updatedAt: new Date().toISOString() }
  Taro.setStorageSync(key(draft.clientId), next)
  const all = ids()
  if (!all.includes(draft.clientId)) Taro.setStorageSync(INDEX, [...all, draft.clientId])
  listeners.forEach((l) => l())
  return next
}

export function removeDraft(clientId: string): void {
  Taro.removeStorageSync(key(clientId))
  Taro.setStorageSync(
    INDEX,
    ids().filter((id) => id !== clientId),
  )
  listeners.forEach((l) => l())
}

/** The open (not yet submitted) draft of a household, so reopening the form continues it. */
export function openDraftOf(householdId: string): VisitDraft | null {
  return listDrafts().find((d) => d.householdId === householdId && d.queueId === null) ?? null
}

const listeners = new Set<() => void>()
export function subscribeDrafts(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}
