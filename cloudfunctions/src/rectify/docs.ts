import type { PhotoLocation, RectCategory, RectSource, RectState } from '@contract/domain/rectification'
import type { RectAction } from '@contract/domain/rectification-flow'
import type { EscalationStatus, EscalationStep, StrikeKind } from '@contract/domain/rectification-escalation'
import type { ReminderKind } from '@contract/domain/rectification-clock'
import type { RectFinding } from '@contract/domain/rectification-evidence-rules'
import type { InboxRecord } from '../shared/notify'

/** A photo as stored: the server's receipt time counts; the phone's time and place are kept as told. */
export interface StoredPhoto {
  fileID: string
  at: Date
  deviceAt: Date | null
  location: PhotoLocation | null
  nearestM: number | null
  far: boolean
  /** Server time the file was registered after upload, and by whom (absent on photos kept before uploads were recorded). */
  uploadedAt?: Date | null
  uploaderName?: string | null
}

/** A document showing the fix (minutes, accounts), received at the server's time. */
export interface StoredFile {
  fileID: string
  at: Date
  name: string | null
}

/** The reviewer's written on-site confirmation, in place of photos for a document or conduct problem. */
export interface SiteConfirmation {
  text: string
  byId: string
  byName: string
  at: Date
}

/**
 * One line of the item's own history as the ledger's 进展 column prints it ("2026-03-02 派发 张三：…").
 * Kept on the item as plain text so a 2,000-row export reads no events and converts no dates.
 */
export type TrailLine = string

export interface RectItemDoc {
  _id: string
  source: RectSource
  category: RectCategory
  countyId: string
  townshipId: string
  villageId: string
  /** Ancestors then the village: a scope check is one membership test. */
  path: string[]
  villageName: string
  townshipName: string
  problem: string
  target: string
  measures: string
  responsibleUnit: string
  responsiblePersonId: string
  responsibleName: string
  deadline: string
  deadlineAt: Date
  /** The deadline first agreed; set when an extension moves it. */
  originalDeadline: string | null
  state: RectState
  version: number
  registeredById: string
  registeredByName: string
  registeredAt: Date
  dispatchedAt: Date | null
  signDueAt: Date | null
  signedAt: Date | null
  beforePhotos: StoredPhoto[]
  afterPhotos: StoredPhoto[]
  afterFar: boolean
  /** Absent on items registered before it was asked: they were found on site. */
  foundIn?: RectFinding
  afterFiles?: StoredFile[]
  siteConfirmation?: SiteConfirmation | null
  closeDescription: string | null
  extensionRequest: { deadline: string; reason: string; at: Date } | null
  disputeReason: string | null
  reviewerId: string | null
  reviewerName: string | null
  reviewComment: string | null
  closedAt: Date | null
  withdrawReason: string | null
  /** Set once by the daily job when the item first goes overdue (one strike per item). */
  overdueStruck: boolean
  trail: TrailLine[]
  updatedAt: Date
}

export type EventAction = 'register' | RectAction | 'overdue'

/** Append-only: one per transition, never updated or removed. */
export interface RectEventDoc {
  _id: string
  itemId: string
  townshipId: string
  villageId: string
  action: EventAction
  from: RectState | null
  to: RectState
  actorId: string | null
  actorName: string
  at: Date
  comment: string
  location: PhotoLocation | null
  photos: StoredPhoto[]
  /** The responsible person this event counts against (rejections and overdue), for escalation. */
  strikePersonId: string | null
  version: number
}

export interface EscalationDoc {
  _id: string
  personId: string
  personName: string
  step: EscalationStep
  strikeCount: number
  strikeKind: StrikeKind
  itemId: string
  eventId: string
  countyId: string
  townshipId: string
  villageId: string
  villageName: string
  itemProblem: string
  status: EscalationStatus
  createdAt: Date
  decidedById: string | null
  decidedByName: string | null
  decidedAt: Date | null
  comment: string | null
}

/**
 * One reminder for one person: the inbox UI and WeChat pushes are built on this shape. `_id` is
 * `rect-<kind>-<itemId>-<personId>-<YYYYMMDD>` so a day's reminder exists at most once.
 */
export type InboxDoc = InboxRecord<ReminderKind>
