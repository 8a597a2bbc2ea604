import type { Database } from '../shared/db-types'
import { tellEvent } from '../shared/notify-events'
import type { NoticeDoc, ObjectionDoc } from './docs'
import { leadersOf } from './repo-people'

export { OBJECTIONS_PAGE } from '@contract/domain/notify-events'

/**
 * The township's leaders and the notice's author hear of each objection in their inbox (the table in
 * types/domain/notify-events.ts: one record per objection and person, a push where they hold a grant).
 */
export async function tellTownship(
  db: Database,
  now: Date,
  notice: NoticeDoc,
  objection: ObjectionDoc,
): Promise<number> {
  const leaders = await leadersOf(db, notice.townshipId)
  return tellEvent(db, now, {
    kind: 'notice_objection',
    id: objection._id,
    actorId: null,
    payload: {
      noticeId: notice._id,
      objectionId: objection._id,
      authorId: notice.authorId,
      leaderIds: leaders.map((p) => p._id),
      noticeTitle: notice.title,
      text: objection.text,
    },
  })
}
