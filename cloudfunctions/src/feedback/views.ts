import {
  FEEDBACK_KIND_LABELS,
  FEEDBACK_STATUS_LABELS,
  FEEDBACK_TOPIC_LABELS,
  isFeedbackOverdue,
} from '@contract/domain/feedback'
import type { HostFeedback, MyFeedback } from '@contract/api/feedback'
import type { FeedbackDoc } from './docs'

const isoOrNull = (d: Date | null): string | null => (d ? new Date(d).toISOString() : null)

export function myView(doc: FeedbackDoc): MyFeedback {
  return {
    id: doc._id,
    kind: doc.kind,
    kindLabel: FEEDBACK_KIND_LABELS[doc.kind],
    topic: doc.topic,
    topicLabel: FEEDBACK_TOPIC_LABELS[doc.topic],
    text: doc.text,
    hasPhoto: !!doc.photoFileId,
    hostName: doc.hostName,
    status: doc.status,
    statusLabel: FEEDBACK_STATUS_LABELS[doc.status],
    dueDay: doc.dueDay,
    answer: doc.answer,
    answeredAt: isoOrNull(doc.answeredAt),
    closeReason: doc.closeReason,
    createdAt: new Date(doc.createdAt).toISOString(),
  }
}

export function hostView(
  doc: FeedbackDoc,
  now: Date,
  urls: ReadonlyMap<string, string> = new Map(),
): HostFeedback {
  return {
    ...myView(doc),
    // A villager is known only by their WeChat identity; a cadre by the name on their record.
    senderLabel: doc.senderName ?? '村民（微信用户）',
    villageName: doc.villageName,
    contactMasked: doc.contactMasked,
    photoUrl: doc.photoFileId ? (urls.get(doc.photoFileId) ?? '') : null,
    overdue: isFeedbackOverdue(doc.status, doc.dueDay, now),
    answeredByName: doc.answeredByName,
  }
}
