import type { Routes } from '../shared/handler'
import { submitFeedback } from './handlers/submit-feedback'
import { listMyFeedback } from './handlers/list-my-feedback'
import { listFeedback } from './handlers/list-feedback'
import { startFeedback } from './handlers/start-feedback'
import { answerFeedback } from './handlers/answer-feedback'
import { closeFeedback } from './handlers/close-feedback'
import { revealFeedbackContact } from './handlers/reveal-feedback-contact'
import { repathRecords } from './handlers/repath-records'

export const routes: Routes<'feedback'> = {
  repathRecords,
  submitFeedback,
  listMyFeedback,
  listFeedback,
  startFeedback,
  answerFeedback,
  closeFeedback,
  revealFeedbackContact,
}
