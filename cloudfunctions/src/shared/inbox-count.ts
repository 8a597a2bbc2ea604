import type { Database } from './db-types'

/**
 * Unread inbox records of a person (index person_read): the notice function's badge query, also
 * answered with the workbench so opening the app costs one call, not two.
 */
export async function unreadCount(db: Database, personId: string): Promise<number> {
  return (await db.collection('inbox').where({ personId, readAt: null }).count()).total
}
