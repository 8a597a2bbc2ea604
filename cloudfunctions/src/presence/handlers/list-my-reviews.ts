import type { Handler } from '../../shared/handler'
import { entriesOfPerson } from '../../shared/duty-reviews'
import { entryView, reportFileUrls } from '../review-view'

export const listMyReviews: Handler<'presence', 'listMyReviews'> = async (_input, ctx) => {
  const docs = await entriesOfPerson(ctx.db, ctx.caller.person._id)
  const urls = await reportFileUrls(docs)
  return { items: docs.map((d) => entryView(d, urls)) }
}
