import type { NoticeCategory, ObjectionStatus, UrgeFilter, UrgeTopic, DeliveryStatus } from '@contract/domain/notice'

/** Stored shapes of the notice function; only its repos read and write them. */
export interface NoticeDoc {
  _id: string
  /** The village or township the notice is for; villagers of a village also see their township's. */
  unitId: string
  unitName: string
  unitLevel: 'village' | 'township'
  townshipId: string
  countyId: string
  path: string[]
  title: string
  body: string
  category: NoticeCategory
  photos: string[]
  attachments: Array<{ fileID: string; name: string }>
  startDay: string
  endDay: string
  status: 'published' | 'withdrawn'
  withdrawReason: string | null
  objections: number
  authorId: string
  authorName: string
  createdAt: Date
}

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
