import { FEEDBACK_KIND_LABELS } from '@contract/domain/feedback'
import type { Database } from '../shared/db-types'
import { notify } from '../shared/notify'
import type { FeedbackDoc } from './docs'
import { hostAdmins } from './repo'

export const HOST_PAGE = '/packages/feedback/pages/inbox/index'
export const MINE_PAGE = '/packages/feedback/pages/mine/index'

/** The 主办单位's admins hear of each new complaint or suggestion in their inbox. */
export async function tellHost(db: Database, now: Date, doc: FeedbackDoc): Promise<number> {
  const admins = await hostAdmins(db, doc.hostUnitId)
  for (const person of admins) {
    // The sender is not told of their own feedback as an admin.
    if (person._id === doc.personId) continue
    await notify(db, now, {
      personId: person._id,
      openid: person.openid,
      topic: `feedback-${doc.hostUnitId}`,
      kind: 'feedback',
      inboxId: `${doc._id}-${person._id}`,
      title: `收到${FEEDBACK_KIND_LABELS[doc.kind]}（${doc.dueDay} 前答复）`,
      body: doc.text.slice(0, 100),
      link: HOST_PAGE,
      refId: doc._id,
      template: 'reminder',
    })
  }
  return admins.length
}

/**
 * The sender hears of each step on their feedback: a cadre in their inbox; a villager has no inbox
 * and reads it under 我的投诉建议 on the village page, found by their WeChat identity.
 */
export async function tellSender(db: Database, now: Date, doc: FeedbackDoc, what: string): Promise<boolean> {
  if (!doc.personId) return false
  await notify(db, now, {
    personId: doc.personId,
    openid: doc.openid,
    topic: `feedback-${doc._id}`,
    kind: 'feedback',
    inboxId: `${doc._id}-${doc.status}`,
    title: `您的${FEEDBACK_KIND_LABELS[doc.kind]}${what}`,
    body: (doc.answer ?? doc.closeReason ?? doc.text).slice(0, 100),
    link: MINE_PAGE,
    refId: doc._id,
    template: 'reminder',
  })
  return true
}
