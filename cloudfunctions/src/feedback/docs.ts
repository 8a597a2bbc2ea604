import type { FeedbackKind, FeedbackStatus, FeedbackTopic } from '@contract/domain/feedback'

/** One complaint or suggestion, routed to the organization department (主办单位) of the sender's county. */
export interface FeedbackDoc {
  _id: string
  kind: FeedbackKind
  topic: FeedbackTopic
  /** Shown with ID and phone numbers masked; the words as sent are kept encrypted. */
  text: string
  textEnc: string
  contactMasked: string
  contactEnc: string | null
  photoFileId: string | null
  /** The sender's WeChat identity: all a villager is known by. */
  openid: string
  personId: string | null
  senderName: string | null
  villageId: string | null
  villageName: string | null
  hostUnitId: string
  hostName: string
  /** The 主办单位's path: an admin whose scope covers it answers. */
  path: string[]
  status: FeedbackStatus
  /** Shanghai day by which an answer is due. */
  dueDay: string
  answer: string | null
  answeredAt: Date | null
  answeredById: string | null
  answeredByName: string | null
  closeReason: string | null
  createdAt: Date
  updatedAt: Date
}
