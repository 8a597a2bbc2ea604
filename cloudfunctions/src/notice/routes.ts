import type { Routes } from '../shared/handler'
import { listInbox } from './handlers/list-inbox'
import { getUnreadCount } from './handlers/get-unread-count'
import { markRead } from './handlers/mark-read'
import { reportSubscription } from './handlers/report-subscription'
import { previewUrge } from './handlers/preview-urge'
import { sendUrge } from './handlers/send-urge'
import { listUrges } from './handlers/list-urges'
import { getUrge } from './handlers/get-urge'
import { publishNotice } from './handlers/publish-notice'
import { withdrawNotice } from './handlers/withdraw-notice'
import { listManagedNotices } from './handlers/list-managed-notices'
import { listVillages } from './handlers/list-villages'
import { listPublicNotices } from './handlers/list-public-notices'
import { getPublicNotice } from './handlers/get-public-notice'
import { submitObjection } from './handlers/submit-objection'
import { listObjections } from './handlers/list-objections'
import { replyObjection } from './handlers/reply-objection'
import { convertObjection } from './handlers/convert-objection'
import { revealObjectionContact } from './handlers/reveal-objection-contact'
import { repathRecords } from './handlers/repath-records'

export const routes: Routes<'notice'> = {
  repathRecords,
  listInbox,
  getUnreadCount,
  markRead,
  reportSubscription,
  previewUrge,
  sendUrge,
  listUrges,
  getUrge,
  publishNotice,
  withdrawNotice,
  listManagedNotices,
  listVillages,
  listPublicNotices,
  getPublicNotice,
  submitObjection,
  listObjections,
  replyObjection,
  convertObjection,
  revealObjectionContact,
}
