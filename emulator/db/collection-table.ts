// One SQLite table per collection: rowid (insertion order, the natural order of unsorted
// reads), the `_id`, the document as JSON, and one column per declared index field; array
// values of indexed fields also get per-element rows in the multikey side table.
import type Database from 'better-sqlite3'
import { fromStorage, toStorage } from './ejson'
import { duplicateKey } from './errors'
import {
  type KeyColumn,
  type KeyEntry,
  type KeyValue,
  keyColumns,
  keyEntry,
  keyValue,
  kindOf,
} from './index-columns'
import { KeyKinds } from './key-kinds'
import { MultikeyTable } from './multikey'
import { StatementCache } from './statement-cache'
import { createTable, quoteIdent, rebuildKeys, syncIndexes } from './table-schema'
import type { CollectionDecl, Doc } from './types'

export { quoteIdent } from './table-schema'

export interface StoredDoc {
  rowid: number
  doc: Doc
}

interface Row {
  rowid: number
  body: string
}

/** BLOB bounds: every BLOB sorts after x'', untagged (non-multikey) images after x'02'. */
const ANY_BLOB = "x''"
const UNSAFE_BLOB = "x'02'"

export class CollectionTable {
  readonly table: string
  readonly keys: KeyColumn[]
  readonly mk: MultikeyTable
  readonly kinds: KeyKinds
  readonly statements: StatementCache
  private readonly insertStmt: Database.Statement
  private readonly updateStmt: Database.Statement
  private readonly deleteStmt: Database.Statement
  private readonly byIdStmt: Database.Statement
  private readonly bodyStmt: Database.Statement
  private readonly countStmt: Database.Statement
  /** Cached "some row's column is a BLOB at or above the bound"; true answers expire on writes. */
  private readonly blobCache = new Map<string, boolean>()

  constructor(
    private readonly db: Database.Database,
    readonly decl: CollectionDecl,
  ) {
    const base = `c_${decl.name}`
    this.table = quoteIdent(base)
    this.keys = keyColumns(decl)
    createTable(db, this.table, this.keys)
    this.mk = new MultikeyTable(db, base)
    this.kinds = new KeyKinds(db, decl.name)
    // Keys first, then SQLite indexes: a unique index over rebuilt columns reports conflicts.
    rebuildKeys(db, this.table, this.keys, this.mk, this.kinds)
    syncIndexes(db, this.table, decl)
    this.statements = new StatementCache(db)
    const cols = this.keys.map((k) => quoteIdent(k.column))
    this.insertStmt = db.prepare(
      `INSERT INTO ${this.table} (id, body${cols.map((c) => `, ${c}`).join('')}) VALUES (?, ?${cols.map(() => ', ?').join('')})`,
    )
    this.updateStmt = db.prepare(
      `UPDATE ${this.table} SET body = ?${cols.map((c) => `, ${c} = ?`).join('')} WHERE rowid = ?`,
    )
    this.deleteStmt = db.prepare(`DELETE FROM ${this.table} WHERE rowid = ?`)
    this.byIdStmt = db.prepare(`SELECT rowid, body FROM ${this.table} WHERE id = ?`)
    this.bodyStmt = db.prepare(`SELECT body FROM ${this.table} WHERE rowid = ?`).pluck()
    this.countStmt = db.prepare(`SELECT COUNT(*) AS n FROM ${this.table}`).pluck()
  }

  private entries(doc: Doc): KeyEntry[] {
    return this.keys.map((k) => keyEntry(doc, k.path))
  }

  /** Side rows, kinds and blob flags for freshly written key entries. */
  private noteKeys(rowid: number, entries: KeyEntry[]): void {
    entries.forEach((e, i) => {
      const path = this.keys[i].path
      if (e.kind !== 0) this.kinds.note(path, e.kind)
      if (Buffer.isBuffer(e.column)) {
        this.blobCache.set(`${path}\u0000${ANY_BLOB}`, true)
        if (!e.elements) this.blobCache.set(`${path}\u0000${UNSAFE_BLOB}`, true)
      }
      if (e.elements) this.mk.add(rowid, path, e.elements)
    })
  }

  /** An update or delete may remove the last BLOB of a field: recheck lazily. */
  private forgetBlobs(): void {
    for (const [key, value] of this.blobCache) if (value) this.blobCache.delete(key)
  }

  /** Map SQLite's UNIQUE failure to Mongo's E11000 text and our wire code. */
  private translate(e: unknown, doc: Doc): unknown {
    const err = e as { code?: string; message?: string }
    if (err.code !== 'SQLITE_CONSTRAINT_UNIQUE' && err.code !== 'SQLITE_CONSTRAINT_PRIMARYKEY') return e
    const msg = err.message ?? ''
    if (/\.id$/.test(msg)) return duplicateKey(this.decl.name, '_id_', JSON.stringify({ _id: doc._id }))
    for (const ix of this.decl.indexes) {
      if (!ix.unique) continue
      const fields = Object.keys(ix.keys)
      const cols = fields.map((f) => (f === '_id' ? 'id' : this.keys.find((k) => k.path === f)?.column))
      if (cols.every((c) => c !== undefined && msg.includes(`.${c}`))) {
        const key: Record<string, unknown> = {}
        for (const f of fields) key[f] = f === '_id' ? doc._id : keyValue(doc, f)
        return duplicateKey(this.decl.name, ix.name, JSON.stringify(key))
      }
    }
    return duplicateKey(this.decl.name, 'unknown', msg)
  }

  /** Callers run this inside a SQLite transaction, so the side rows commit with the row. */
  insert(doc: Doc): number {
    const entries = this.entries(doc)
    let rowid: number
    try {
      rowid = Number(
        this.insertStmt.run(doc._id as string | number, toStorage(doc), ...entries.map((e) => e.column))
          .lastInsertRowid,
      )
    } catch (e) {
      throw this.translate(e, doc)
    }
    this.kinds.note('_id', kindOf(doc._id))
    this.noteKeys(rowid, entries)
    return rowid
  }

  update(rowid: number, doc: Doc): void {
    const entries = this.entries(doc)
    this.forgetBlobs()
    try {
      this.updateStmt.run(toStorage(doc), ...entries.map((e) => e.column), rowid)
    } catch (e) {
      throw this.translate(e, doc)
    }
    this.mk.remove(rowid)
    this.noteKeys(rowid, entries)
  }

  delete(rowid: number): void {
    this.forgetBlobs()
    this.deleteStmt.run(rowid)
    this.mk.remove(rowid)
  }

  getById(id: unknown): StoredDoc | undefined {
    if (typeof id !== 'string' && typeof id !== 'number') return undefined
    const row = this.byIdStmt.get(id) as Row | undefined
    return row && { rowid: row.rowid, doc: fromStorage(row.body) }
  }

  /** Rows selected by a planner WHERE clause (or all rows), in insertion order. */
  *select(where: string | null, params: KeyValue[]): Generator<StoredDoc> {
    const sql = `SELECT rowid, body FROM ${this.table}${where === null ? '' : ` WHERE ${where}`} ORDER BY rowid`
    // .all() rather than .iterate(): an open iterator keeps the connection busy, and callers
    // ($lookup, writes after a read) need it. Bodies are parsed lazily, one by one.
    const rows = this.statements.get(sql).all(...params) as Row[]
    for (const row of rows) yield { rowid: row.rowid, doc: fromStorage(row.body) }
  }

  /** Documents of the given rowids, in that order (rows of a SQL-ordered page). */
  byRowids(rowids: number[]): StoredDoc[] {
    const out: StoredDoc[] = []
    for (const rowid of rowids) {
      const body = this.bodyStmt.get(rowid) as string | undefined
      if (body !== undefined) out.push({ rowid, doc: fromStorage(body) })
    }
    return out
  }

  count(): number {
    return this.countStmt.get() as number
  }

  private blobAtLeast(path: string, bound: string): boolean {
    const key = `${path}\u0000${bound}`
    let known = this.blobCache.get(key)
    if (known === undefined) {
      const col = this.columnOf(path)
      // BLOBs sort after every other storage class, so this is one index seek.
      const sql = `SELECT 1 FROM ${this.table} WHERE ${quoteIdent(col ?? 'id')} >= ${bound} LIMIT 1`
      known = col !== undefined && col !== 'id' && this.statements.get(sql).pluck().get() !== undefined
      this.blobCache.set(key, known)
    }
    return known
  }

  /** True when some document stores, under `path`, a value the index cannot represent. */
  hasComplex(path: string): boolean {
    return this.blobAtLeast(path, UNSAFE_BLOB)
  }

  /** True when some document stores an array or object under `path` (SQL is then inexact). */
  hasBlob(path: string): boolean {
    return this.blobAtLeast(path, ANY_BLOB)
  }

  columnOf(path: string): string | undefined {
    if (path === '_id') return 'id'
    return this.keys.find((k) => k.path === path)?.column
  }

  clear(): void {
    this.blobCache.clear()
    this.db.exec(`DELETE FROM ${this.table}`)
    this.mk.clear()
  }
}
