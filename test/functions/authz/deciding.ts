/**
 * Every action that decides a case about someone (read off types/api/*.ts): approving or refusing,
 * confirming, reviewing, answering, settling. Each needs a `self` case in its row.
 */
export const DECIDING_ACTIONS: readonly string[] = [
  'presence.decideLeave',
  'presence.confirmAbsence',
  'presence.recordSpotCheck',
  'presence.reviewSigns',
  'presence.recordReview',
  'rectify.startReview',
  'rectify.close',
  'rectify.reject',
  'rectify.approveExtension',
  'rectify.rejectExtension',
  'rectify.reassign',
  'rectify.withdraw',
  'rectify.approveEscalation',
  'rectify.dismissEscalation',
  'org.decideBindRequest',
  'notice.replyObjection',
  'notice.convertObjection',
  'visit.reviewVisit',
  'feedback.startFeedback',
  'feedback.answerFeedback',
  'feedback.closeFeedback',
]
