import type { Database } from '../shared/db-types'
import { notify } from '../shared/notify'
import type { NoticeDoc, ObjectionDoc } from './docs'
import { leadersOf } from './repo-people'
import { peopleByIds } from '../shared/people'

export const OBJECTIONS_PAGE = '/packages/notice/pages/objections/index'

/**
 * The township's leaders and the notice's author hear of each objection in their inbox; the push is
 * made at most once a day per notice (its topic), however many villagers object.
 */
export async function tellTownship(db: Database, now: Date, notice: NoticeDoc, objection: ObjectionDoc): Promise<number> {
  const leaders = await leadersOf(db, notice.townshipId)
  const author = (await peopleByIds(db, [notice.authorId])).get(notice.authorId)
  const people = new Map([...leaders, ...(author && author.status === 'active' ? [author] : [])].map((p) => [p._id, p]))
  for (const person of people.values()) {
    await notify(db, now, {
      personId: person._id, openid: person.openid, topic: `objection-${notice._id}`, kind: 'objection', inboxId: `${objection._id}-${person._id}`,
      title: `公示收到异议：${notice.title}`, body: objection.text.slice(0, 100), link: `${OBJECTIONS_PAGE}?noticeId=${notice._id}`,
      refId: objection._id, template: 'objection',
    })
  }
  return people.size
}
