import type { Handler } from '../../shared/handler'
import { entriesOfPerson } from '../../shared/duty-reviews'
import { entryView } from '../review-view'

export const listMyReviews: Handler<'presence', 'listMyReviews'> = async (_input, ctx) => ({
  items: (await entriesOfPerson(ctx.db, ctx.caller.person._id)).map(entryView),
})
