import type { ObjectionStatus, UrgeFilter, UrgeTopic, DeliveryStatus } from '@contract/domain/notice'

/** Stored shapes of the notice function; only its repos read and write them. */
export type { NoticeDoc } from '../shared/public-notices'

export interface ObjectionDoc {
  _id: string
  noticeId: string
  noticeTitle: string
  unitId: string
  unitName: string
  townshipId: string
  /** The village the objection is about (the notice's, or the villager's for a township notice). */
  villageId: string | null
  path: string[]
  openid: string
  /** What the villager wrote, ID and phone numbers masked; the original only encrypted. */
  text: string
  textEnc: string
  contactMasked: string
  contactEnc: string | null
  photoFileId: string | null
  day: string
  status: ObjectionStatus
  reply: string
  rectifyItemId: string | null
  createdAt: Date
}

export interface UrgeRecipient {
  personId: string
  name: string
  unitName: string
  inboxId: string
  delivery: DeliveryStatus
}

export interface UrgeDoc {
  _id: string
  byId: string
  byName: string
  topic: UrgeTopic
  filter: UrgeFilter
  title: string
  body: string
  recipients: UrgeRecipient[]
  createdAt: Date
}
