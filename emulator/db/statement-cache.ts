// Prepared statements keyed by SQL text. Preparing costs tens of microseconds, more than running
// an indexed lookup, and planner SQL repeats by query shape (values travel as parameters).
import type Database from 'better-sqlite3'

const MAX = 500

export class StatementCache {
  private readonly cache = new Map<string, Database.Statement>()

  constructor(private readonly db: Database.Database) {}

  get(sql: string): Database.Statement {
    let stmt = this.cache.get(sql)
    if (stmt === undefined) {
      stmt = this.db.prepare(sql)
      // Bounded: shapes are few in practice, but $in lists of varying length make new SQL.
      if (this.cache.size >= MAX) this.cache.delete(this.cache.keys().next().value as string)
      this.cache.set(sql, stmt)
    }
    return stmt
  }
}
