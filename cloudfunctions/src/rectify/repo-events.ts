import type { StrikeKind } from '@contract/domain/rectification-escalation'
import type { Database } from '../shared/db-types'
import { ITEMS } from '../shared/rectify-items'
import { inTransaction } from '../shared/transaction'
import type { RectEventDoc, RectItemDoc } from './docs'

export const EVENTS = 'rectify_events'

/** An item's timeline, oldest first. */
export async function eventsOf(db: Database, itemId: string): Promise<RectEventDoc[]> {
  const res = await db
    .collection(EVENTS)
    .where({ itemId })
    .orderBy('at', 'asc')
    .orderBy('version', 'asc')
    .limit(200)
    .get<RectEventDoc>()
  return res.data
}

/**
 * Strikes of one kind against a person within [since, until]. `overdue` is the event of a missed
 * deadline; rejections stored as strikes before the policy counted deadlines only are not counted.
 */
export async function countStrikes(
  db: Database,
  personId: string,
  kind: StrikeKind,
  since: Date,
  until: Date,
): Promise<number> {
  const _ = db.command
  const action = kind === 'overdue' ? 'overdue' : 'reject'
  const res = await db
    .collection(EVENTS)
    .where({ strikePersonId: personId, action, at: _.gte(since).and(_.lte(until)) })
    .count()
  return res.total
}

/** A new item and its first event (挂号), both or neither. */
export async function insertRegistered(db: Database, item: RectItemDoc, event: RectEventDoc): Promise<void> {
  await inTransaction(db, async (tx) => {
    await tx.collection(ITEMS).add({ data: { ...item } })
    await tx.collection(EVENTS).add({ data: { ...event } })
  })
}
