// The durable side: one SQLite file in WAL mode with synchronous=NORMAL. A commit is in the WAL
// (OS page cache) before better-sqlite3 returns, so acknowledged writes survive a kill -9 of the
// process; only an OS crash/power loss could drop the last transactions.
//
// Group commit: a write made for an owner (a function invocation) joins one open SQLite
// transaction, as a savepoint of its own; settle(owner) commits it, once for every owner that
// settles in the same turn of the event loop, before the owner's answer leaves. A write without
// an owner commits at once.
import Database from 'better-sqlite3'
import { CollectionTable, quoteIdent } from './collection-table'
import { Checkpointer } from './checkpointer'
import { GroupCommit } from './group-commit'
import type { CollectionDecl } from './types'

export class SqliteStore {
  readonly db: Database.Database
  private readonly tables = new Map<string, CollectionTable>()
  /** One wrapper for all calls: db.transaction() per request cost more than a point read. */
  private readonly runInTransaction: (fn: () => unknown) => unknown
  /** Who a write is made for; undefined commits it at once. */
  writeOwner: () => object | undefined = () => undefined
  private readonly batch = new GroupCommit(this)

  private readonly checkpointer?: Checkpointer

  constructor(file: string, declared: CollectionDecl[], opts: { backgroundCheckpoints?: boolean } = {}) {
    this.db = new Database(file)
    if (file !== ':memory:') this.db.pragma('journal_mode = WAL')
    this.db.pragma('synchronous = NORMAL')
    // Checkpoints copy the WAL back and fsync the file. A worker thread does the copying in the
    // background (checkpointer.ts); the automatic checkpoint at 4000 pages (~16 MB) then finds
    // nearly everything copied, and lets the WAL start over small (reads search the whole WAL
    // index). Without the worker, 10000 pages (~40 MB) amortise the copying.
    const background = file !== ':memory:' && opts.backgroundCheckpoints !== false
    this.db.pragma(`wal_autocheckpoint = ${background ? 4000 : 10000}`)
    // Point reads on a 200k-document file are dominated by page-cache misses: map the file and
    // keep a larger cache (both are per-process memory, not durability, settings).
    this.db.pragma('mmap_size = 268435456')
    this.db.pragma('cache_size = -65536')
    this.db.pragma('busy_timeout = 5000')
    this.runInTransaction = this.db.transaction((fn: () => unknown) => fn())
    this.db.exec(
      `CREATE TABLE IF NOT EXISTS _collections (name TEXT PRIMARY KEY, decl TEXT NOT NULL, runtime INTEGER NOT NULL)`,
    )
    try {
      this.openAll(declared)
    } catch (e) {
      this.db.close() // do not leak the file handle when the schema cannot be brought up
      throw e
    }
    if (background) this.checkpointer = new Checkpointer(file)
  }

  private openAll(declared: CollectionDecl[]): void {
    this.atomic(() => {
      for (const decl of declared) this.open(decl, false)
      // Collections created at runtime (addCollection) persist like on CloudBase.
      const rows = this.db
        .prepare(`SELECT decl FROM _collections WHERE runtime = 1`)
        .pluck()
        .all() as string[]
      for (const text of rows) {
        const decl = JSON.parse(text) as CollectionDecl
        if (!this.tables.has(decl.name)) this.open(decl, true)
      }
    })
  }

  private open(decl: CollectionDecl, runtime: boolean): CollectionTable {
    const table = new CollectionTable(this.db, decl)
    this.tables.set(decl.name, table)
    this.db
      .prepare(
        `INSERT INTO _collections (name, decl, runtime) VALUES (?, ?, ?) ON CONFLICT(name) DO UPDATE SET decl = excluded.decl, runtime = excluded.runtime`,
      )
      .run(decl.name, JSON.stringify(decl), runtime ? 1 : 0)
    return table
  }

  table(name: string): CollectionTable | undefined {
    return this.tables.get(name)
  }

  /** addCollection: returns false when it already exists. */
  createCollection(name: string): boolean {
    if (this.tables.has(name)) return false
    this.atomic(() => this.open({ name, indexes: [] }, true))
    return true
  }

  names(): string[] {
    return [...this.tables.keys()].sort()
  }

  /** Run `fn` atomically: its own transaction, or a savepoint of the open group commit. */
  atomic<T>(fn: () => T): T {
    const owner = this.writeOwner()
    if (owner === undefined) {
      const result = this.runInTransaction(fn) as T
      this.batch.commitNow()
      return result
    }
    this.batch.join(owner)
    return this.runInTransaction(fn) as T
  }

  /** Group commits made so far. */
  get groupCommits(): number {
    return this.batch.commits
  }

  /** Resolves once everything written so far is committed; rejects if `owner`'s writes were lost. */
  settle(owner: object): Promise<void> {
    return this.batch.settle(owner)
  }

  clear(): void {
    this.atomic(() => {
      for (const t of this.tables.values()) t.clear()
    })
  }

  close(): void {
    if (!this.db.open) return
    this.checkpointer?.stop()
    this.batch.commitNow()
    this.db.close()
  }

  /** For diagnostics: the SQL table that backs a collection. */
  static tableName(collection: string): string {
    return quoteIdent(`c_${collection}`)
  }
}
