import type { PresenceDayDoc } from './docs'

const iso = (d: Date | string) => new Date(d).toISOString()

/** The note and the review of a day's signs, as the calendar and the sign actions return them. */
export function signNoteOf(d: Pick<PresenceDayDoc, 'signNote'> | undefined) {
  return d?.signNote ? { text: d.signNote.text, at: iso(d.signNote.at) } : null
}

export function signReviewOf(d: Pick<PresenceDayDoc, 'signReview'> | undefined) {
  const r = d?.signReview
  return r ? { kept: r.kept, comment: r.comment, byName: r.byName, at: iso(r.at) } : null
}

export function signDayView(d: PresenceDayDoc) {
  return { personId: d.personId, day: d.day, signNote: signNoteOf(d), signReview: signReviewOf(d) }
}
