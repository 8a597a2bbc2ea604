// The scalar kinds (string, number, Date, boolean) each key column has ever held, persisted.
// Dates and booleans are stored as numbers, so the column alone cannot tell them apart; these
// bits let the planner know when SQL comparisons and ORDER BY agree exactly with MongoDB's.
// They only grow (a removal never clears a bit): stale bits just send queries to the JS path.
import type Database from 'better-sqlite3'

export class KeyKinds {
  private readonly kinds = new Map<string, number>()
  private readonly upsert: Database.Statement
  private readonly drop: Database.Statement

  constructor(
    db: Database.Database,
    private readonly collection: string,
  ) {
    db.exec(
      `CREATE TABLE IF NOT EXISTS _key_kinds (coll TEXT NOT NULL, field TEXT NOT NULL, kinds INTEGER NOT NULL, PRIMARY KEY (coll, field))`,
    )
    const rows = db.prepare(`SELECT field, kinds FROM _key_kinds WHERE coll = ?`).all(collection) as Array<{
      field: string
      kinds: number
    }>
    this.drop = db.prepare(`DELETE FROM _key_kinds WHERE coll = ? AND field = ?`)
    for (const r of rows) this.kinds.set(r.field, r.kinds)
    this.upsert = db.prepare(
      `INSERT INTO _key_kinds (coll, field, kinds) VALUES (?, ?, ?) ON CONFLICT(coll, field) DO UPDATE SET kinds = excluded.kinds`,
    )
  }

  /** False for a field never built in this file: its column and side rows need a rebuild. */
  has(field: string): boolean {
    return this.kinds.has(field)
  }

  get(field: string): number {
    return this.kinds.get(field) ?? 0
  }

  /** Record that `field` holds a value of `kind` (a KIND_* bit; 0 is ignored). */
  note(field: string, kind: number): void {
    const cur = this.kinds.get(field) ?? 0
    if (kind === 0 || (cur & kind) === kind) return
    this.kinds.set(field, cur | kind)
    this.upsert.run(this.collection, field, cur | kind)
  }

  /** Forget what a field held (before a full rebuild of its column). */
  reset(field: string): void {
    this.kinds.set(field, 0)
    this.upsert.run(this.collection, field, 0)
  }

  /** Forget undeclared fields, so declaring one again rebuilds it from the documents. */
  retain(fields: string[]): void {
    for (const f of [...this.kinds.keys()]) {
      if (fields.includes(f)) continue
      this.kinds.delete(f)
      this.drop.run(this.collection, f)
    }
  }
}
