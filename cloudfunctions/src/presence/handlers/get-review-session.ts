import { AppError } from '@contract/errors'
import { SUPERVISING_ROLES } from '@contract/domain/role'
import type { Handler } from '../../shared/handler'
import { requireInScope, scopeUnitIds } from '../../shared/auth'
import { entriesOfSession, getReviewSession as loadSession } from '../../shared/duty-reviews'
import { villagesUnder } from '../../shared/org-units'
import { cadresOfVillages } from '../../shared/presence-roster'
import { mayHold } from '../review-scope'
import { entryView, reportFileUrls, sessionView } from '../review-view'

/** A session with its entries and the resident cadres under the holding unit, for recording. */
export const getReviewSession: Handler<'presence', 'getReviewSession'> = async (input, ctx) => {
  const session = await loadSession(ctx.db, input.sessionId)
  if (!session) throw new AppError('not-found', '未找到该述职评议会')
  requireInScope(session.unitPath, scopeUnitIds(ctx.caller, SUPERVISING_ROLES))
  const [entries, villages] = await Promise.all([
    entriesOfSession(ctx.db, session._id),
    villagesUnder(ctx.db, [session.unitId]),
  ])
  const cadres = await cadresOfVillages(
    ctx.db,
    villages.map((v) => v._id),
  )
  const urls = await reportFileUrls(entries)
  const names = new Map(villages.map((v) => [v._id, v.name]))
  return {
    session: sessionView(session, entries.length),
    entries: entries
      .sort((a, b) => a.personName.localeCompare(b.personName, 'zh-Hans-CN'))
      .map((e) => entryView(e, urls)),
    cadres: cadres.map((c) => ({
      personId: c.person._id,
      name: c.person.name,
      villageName: names.get(c.villageId) ?? '',
    })),
    canRecord: mayHold(ctx.caller, session.level, session.unitPath),
  }
}
