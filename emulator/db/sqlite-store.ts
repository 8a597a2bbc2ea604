// The durable side: one SQLite file in WAL mode with synchronous=NORMAL. A commit is in the WAL
// (OS page cache) before better-sqlite3 returns, so acknowledged writes survive a kill -9 of the
// process; only an OS crash/power loss could drop the last transactions.
import Database from 'better-sqlite3';
import { CollectionTable, quoteIdent } from './collection-table';
import type { CollectionDecl } from './types';

export class SqliteStore {
  readonly db: Database.Database;
  private readonly tables = new Map<string, CollectionTable>();
  /** One wrapper for all calls: db.transaction() per request cost more than a point read. */
  private readonly runInTransaction: (fn: () => unknown) => unknown;

  constructor(file: string, declared: CollectionDecl[]) {
    this.db = new Database(file);
    if (file !== ':memory:') this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    // Checkpoints fsync the main file; with the default 1000 pages they ran every ~150 single
    // inserts and doubled their cost. 10000 pages (~40 MB of WAL) amortises them.
    this.db.pragma('wal_autocheckpoint = 10000');
    // Point reads on a 200k-document file are dominated by page-cache misses: map the file and
    // keep a larger cache (both are per-process memory, not durability, settings).
    this.db.pragma('mmap_size = 268435456');
    this.db.pragma('cache_size = -65536');
    this.db.pragma('busy_timeout = 5000');
    this.runInTransaction = this.db.transaction((fn: () => unknown) => fn());
    this.db.exec(
      `CREATE TABLE IF NOT EXISTS _collections (name TEXT PRIMARY KEY, decl TEXT NOT NULL, runtime INTEGER NOT NULL)`,
    );
    try {
      this.openAll(declared);
    } catch (e) {
      this.db.close(); // do not leak the file handle when the schema cannot be brought up
      throw e;
    }
  }

  private openAll(declared: CollectionDecl[]): void {
    this.atomic(() => {
      for (const decl of declared) this.open(decl, false);
      // Collections created at runtime (addCollection) persist like on CloudBase.
      const rows = this.db.prepare(`SELECT decl FROM _collections WHERE runtime = 1`).pluck().all() as string[];
      for (const text of rows) {
        const decl = JSON.parse(text) as CollectionDecl;
        if (!this.tables.has(decl.name)) this.open(decl, true);
      }
    });
  }

  private open(decl: CollectionDecl, runtime: boolean): CollectionTable {
    const table = new CollectionTable(this.db, decl);
    this.tables.set(decl.name, table);
    this.db
      .prepare(`INSERT INTO _collections (name, decl, runtime) VALUES (?, ?, ?) ON CONFLICT(name) DO UPDATE SET decl = excluded.decl, runtime = excluded.runtime`)
      .run(decl.name, JSON.stringify(decl), runtime ? 1 : 0);
    return table;
  }

  table(name: string): CollectionTable | undefined {
    return this.tables.get(name);
  }

  /** addCollection: returns false when it already exists. */
  createCollection(name: string): boolean {
    if (this.tables.has(name)) return false;
    this.atomic(() => this.open({ name, indexes: [] }, true));
    return true;
  }

  names(): string[] {
    return [...this.tables.keys()].sort();
  }

  /** Run `fn` in one SQLite transaction (nested calls become savepoints). */
  atomic<T>(fn: () => T): T {
    return this.runInTransaction(fn) as T;
  }

  clear(): void {
    this.atomic(() => {
      for (const t of this.tables.values()) t.clear();
    });
  }

  close(): void {
    if (this.db.open) this.db.close();
  }

  /** For diagnostics: the SQL table that backs a collection. */
  static tableName(collection: string): string {
    return quoteIdent(`c_${collection}`);
  }
}
