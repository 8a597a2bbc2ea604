import type { PhotoLocation, RectState } from '@contract/domain/rectification'
import type { RectAction } from '@contract/domain/rectification-flow'
import type { EscalationStatus, EscalationStep, StrikeKind } from '@contract/domain/rectification-escalation'
import type { ReminderKind } from '@contract/domain/rectification-clock'
import type { InboxRecord } from '../shared/notify'

export type {
  RectItemDoc,
  SiteConfirmation,
  StoredFile,
  StoredPhoto,
  TrailLine,
} from '../shared/rectify-items'
import type { StoredPhoto } from '../shared/rectify-items'

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
