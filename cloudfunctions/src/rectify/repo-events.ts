import type { Database } from '../shared/db-types'
import type { RectEventDoc } from './docs'

export const EVENTS = 'rectify_events'

/** An item's timeline, oldest first. */
export async function eventsOf(db: Database, itemId: string): Promise<RectEventDoc[]> {
  const res = await db.collection(EVENTS).where({ itemId }).orderBy('at', 'asc').orderBy('version', 'asc').limit(200).get<RectEventDoc>()
  return res.data
}

/** Strikes (rejections, overdue items) against a person within [since, until]. */
export async function countStrikes(db: Database, personId: string, since: Date, until: Date): Promise<number> {
  const _ = db.command
  const res = await db.collection(EVENTS).where({ strikePersonId: personId, at: _.gte(since).and(_.lte(until)) }).count()
  return res.total
}
