// The multikey side table of a collection: one row per (indexed field, array element, document),
// like the per-element entries of a MongoDB multikey index. Rows are written and removed by
// CollectionTable in the same SQLite transaction as the document row they describe.
import type Database from 'better-sqlite3'
import type { KeyValue } from './index-columns'

function quote(name: string): string {
  return `"${name.replace(/"/g, '""')}"`
}

export class MultikeyTable {
  readonly table: string
  private readonly insertStmt: Database.Statement
  private readonly deleteStmt: Database.Statement
  private readonly anyStmt: Database.Statement
  /** True once any side row exists: until then updates and deletes skip the side table. */
  private used: boolean
  /** Cached "field has side rows"; true answers are dropped when rows may have gone away. */
  private readonly fieldCache = new Map<string, boolean>()
  /** True when the table did not exist before this process: existing rows need a rebuild. */
  readonly created: boolean

  constructor(
    private readonly db: Database.Database,
    base: string,
  ) {
    this.table = quote(`${base}__mk`)
    const existed =
      db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?`).get(`${base}__mk`) !==
      undefined
    this.created = !existed
    db.exec(`CREATE TABLE IF NOT EXISTS ${this.table} (field TEXT NOT NULL, key, rid INTEGER NOT NULL)`)
    db.exec(`CREATE INDEX IF NOT EXISTS ${quote(`ix_${base}__mk_key`)} ON ${this.table} (field, key)`)
    db.exec(`CREATE INDEX IF NOT EXISTS ${quote(`ix_${base}__mk_rid`)} ON ${this.table} (rid)`)
    this.insertStmt = db.prepare(`INSERT INTO ${this.table} (field, key, rid) VALUES (?, ?, ?)`)
    this.deleteStmt = db.prepare(`DELETE FROM ${this.table} WHERE rid = ?`)
    this.anyStmt = db.prepare(`SELECT 1 FROM ${this.table} WHERE field = ? LIMIT 1`).pluck()
    this.used = db.prepare(`SELECT 1 FROM ${this.table} LIMIT 1`).get() !== undefined
  }

  add(rid: number, field: string, elements: KeyValue[]): void {
    for (const key of elements) this.insertStmt.run(field, key, rid)
    if (elements.length > 0) {
      this.used = true
      this.fieldCache.set(field, true)
    }
  }

  /** Drop the rows of a document (before rewriting or deleting it). */
  remove(rid: number): void {
    if (!this.used) return
    this.deleteStmt.run(rid)
    for (const [f, v] of this.fieldCache) if (v) this.fieldCache.delete(f)
  }

  /** Keep only the rows of still-declared fields. */
  retain(fields: string[]): void {
    const marks = fields.map(() => '?').join(', ')
    this.db
      .prepare(`DELETE FROM ${this.table}${fields.length > 0 ? ` WHERE field NOT IN (${marks})` : ''}`)
      .run(...fields)
    this.fieldCache.clear()
  }

  hasField(field: string): boolean {
    let known = this.fieldCache.get(field)
    if (known === undefined) {
      known = this.anyStmt.get(field) !== undefined
      this.fieldCache.set(field, known)
    }
    return known
  }

  /** SQL selecting the document rowids whose `field` has an element satisfying `cond`. */
  rowids(cond: string): string {
    return `rowid IN (SELECT rid FROM ${this.table} WHERE field = ? AND key ${cond})`
  }

  clear(): void {
    this.db.exec(`DELETE FROM ${this.table}`)
    this.fieldCache.clear()
  }
}
