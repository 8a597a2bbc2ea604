import * as cloud from 'wx-server-sdk'
import type { Database } from './db-types'

let db: Database | null = null

/**
 * The one database object of a warm function instance, as WeChat's samples keep it: building it
 * costs more than a read, and the dispatcher and the daily-job catch-up share it.
 * doc(id).get() answers { data: null } for a missing document instead of throwing (an option
 * wx-server-sdk reads from the database config but leaves out of its typings).
 */
export function instanceDb(): Database {
  db ??= cloud.database({ throwOnNotFound: false } as { env?: string }) as unknown as Database
  return db
}
