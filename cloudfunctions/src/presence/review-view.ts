import { REVIEW_LEVEL_LABELS, REVIEW_RESULT_LABELS } from '@contract/domain/duty-review'
import type { ReviewEntryView, ReviewSessionView } from '@contract/api/presence-reviews'
import type { ReviewEntryDoc, ReviewSessionDoc } from '../shared/duty-reviews'

export function sessionView(doc: ReviewSessionDoc, entries: number): ReviewSessionView {
  return {
    id: doc._id,
    level: doc.level,
    levelLabel: REVIEW_LEVEL_LABELS[doc.level],
    unitId: doc.unitId,
    unitName: doc.unitName,
    date: doc.date,
    title: doc.title,
    attendees: doc.attendees,
    createdByName: doc.createdByName,
    entries,
  }
}

export function entryView(doc: ReviewEntryDoc): ReviewEntryView {
  return {
    id: doc._id,
    sessionId: doc.sessionId,
    sessionTitle: doc.sessionTitle,
    date: doc.date,
    personId: doc.personId,
    personName: doc.personName,
    reportText: doc.reportText,
    reportFileId: doc.reportFileId,
    result: doc.result,
    resultLabel: REVIEW_RESULT_LABELS[doc.result],
    votes: doc.votes,
    recordedByName: doc.recordedByName,
  }
}
