// One SQLite table per collection: rowid (insertion order, the natural order of unsorted
// reads), the `_id`, the document as JSON, and one column per declared index field.
import type Database from 'better-sqlite3';
import { fromStorage, toStorage } from './ejson';
import { duplicateKey } from './errors';
import { columnFor, type KeyColumn, type KeyValue, keyColumns, keyValue } from './index-columns';
import type { CollectionDecl, Doc } from './types';

export interface StoredDoc {
  rowid: number;
  doc: Doc;
}

interface Row {
  rowid: number;
  body: string;
}

export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

export class CollectionTable {
  readonly table: string;
  readonly keys: KeyColumn[];
  private readonly insertStmt: Database.Statement;
  private readonly updateStmt: Database.Statement;
  private readonly deleteStmt: Database.Statement;
  private readonly byIdStmt: Database.Statement;
  private readonly allStmt: Database.Statement;
  private readonly countStmt: Database.Statement;
  private readonly complexStmts = new Map<string, Database.Statement>();
  /** Cached answers of hasComplex; cleared for a field when a write may have changed it. */
  private readonly complexCache = new Map<string, boolean>();
  private readonly selectCache = new Map<string, Database.Statement>();

  constructor(
    private readonly db: Database.Database,
    readonly decl: CollectionDecl,
  ) {
    this.table = quoteIdent(`c_${decl.name}`);
    this.keys = keyColumns(decl);
    this.ensureSchema();
    const cols = this.keys.map((k) => quoteIdent(k.column));
    const marks = cols.map(() => '?');
    this.insertStmt = db.prepare(
      `INSERT INTO ${this.table} (id, body${cols.map((c) => `, ${c}`).join('')}) VALUES (?, ?${marks.map((m) => `, ${m}`).join('')})`,
    );
    this.updateStmt = db.prepare(
      `UPDATE ${this.table} SET body = ?${cols.map((c) => `, ${c} = ?`).join('')} WHERE rowid = ?`,
    );
    this.deleteStmt = db.prepare(`DELETE FROM ${this.table} WHERE rowid = ?`);
    this.byIdStmt = db.prepare(`SELECT rowid, body FROM ${this.table} WHERE id = ?`);
    this.allStmt = db.prepare(`SELECT rowid, body FROM ${this.table} ORDER BY rowid`);
    this.countStmt = db.prepare(`SELECT COUNT(*) AS n FROM ${this.table}`).pluck();
    for (const k of this.keys) {
      // BLOBs sort after every other storage class, so this is one index seek.
      const sql = `SELECT 1 FROM ${this.table} WHERE ${quoteIdent(k.column)} >= x'' LIMIT 1`;
      this.complexStmts.set(k.path, db.prepare(sql).pluck());
    }
  }

  /** Create the table, add columns for newly declared index fields, sync SQLite indexes. */
  private ensureSchema(): void {
    const { db, table } = this;
    db.exec(`CREATE TABLE IF NOT EXISTS ${table} (rowid INTEGER PRIMARY KEY, id NOT NULL UNIQUE, body TEXT NOT NULL)`);
    const existing = new Set(
      (db.prepare(`PRAGMA table_info(${table})`).all() as Array<{ name: string }>).map((c) => c.name),
    );
    const added = this.keys.filter((k) => !existing.has(k.column));
    for (const k of added) db.exec(`ALTER TABLE ${table} ADD COLUMN ${quoteIdent(k.column)}`);
    if (added.length > 0) this.backfill(added);
    const prefix = `ix_c_${this.decl.name}__`;
    const wanted = new Set<string>();
    for (const ix of this.decl.indexes) {
      const name = `${prefix}${ix.name}`;
      wanted.add(name);
      const cols = Object.entries(ix.keys).map(
        ([path, dir]) => `${path === '_id' ? 'id' : quoteIdent(columnFor(path))} ${dir === -1 ? 'DESC' : 'ASC'}`,
      );
      const sig = `${ix.unique ? 'U' : 'N'}:${cols.join(',')}`;
      const current = db.prepare(`SELECT sql FROM sqlite_master WHERE type = 'index' AND name = ?`).pluck().get(name) as string | undefined;
      const sql = `CREATE ${ix.unique ? 'UNIQUE ' : ''}INDEX ${quoteIdent(name)} ON ${table} (${cols.join(', ')}) /* ${sig} */`;
      if (current === sql) continue;
      if (current !== undefined) db.exec(`DROP INDEX ${quoteIdent(name)}`);
      try {
        db.exec(sql);
      } catch (e) {
        throw new Error(`cannot create index "${ix.name}" on "${this.decl.name}": ${(e as Error).message}`);
      }
    }
    const stale = db
      .prepare(`SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND name LIKE ?`)
      .pluck()
      .all(`c_${this.decl.name}`, `${prefix}%`) as string[];
    for (const name of stale) if (!wanted.has(name)) db.exec(`DROP INDEX ${quoteIdent(name)}`);
  }

  private backfill(cols: KeyColumn[]): void {
    const set = cols.map((k) => `${quoteIdent(k.column)} = ?`).join(', ');
    const upd = this.db.prepare(`UPDATE ${this.table} SET ${set} WHERE rowid = ?`);
    const rows = this.db.prepare(`SELECT rowid, body FROM ${this.table}`).all() as Row[];
    for (const r of rows) {
      const doc = fromStorage(r.body);
      upd.run(...cols.map((k) => keyValue(doc, k.path)), r.rowid);
    }
  }

  private keyValues(doc: Doc): KeyValue[] {
    const values = this.keys.map((k) => keyValue(doc, k.path));
    values.forEach((v, i) => {
      if (Buffer.isBuffer(v)) this.complexCache.set(this.keys[i].path, true);
    });
    return values;
  }

  /** An update or delete may remove the last non-scalar value: recheck lazily. */
  private forgetComplexTrue(): void {
    for (const [path, value] of this.complexCache) if (value) this.complexCache.delete(path);
  }

  /** Map SQLite's UNIQUE failure to Mongo's E11000 text and our wire code. */
  private translate(e: unknown, doc: Doc): unknown {
    const err = e as { code?: string; message?: string };
    if (err.code !== 'SQLITE_CONSTRAINT_UNIQUE' && err.code !== 'SQLITE_CONSTRAINT_PRIMARYKEY') return e;
    const msg = err.message ?? '';
    if (/\.id$/.test(msg)) return duplicateKey(this.decl.name, '_id_', JSON.stringify({ _id: doc._id }));
    for (const ix of this.decl.indexes) {
      if (!ix.unique) continue;
      const fields = Object.keys(ix.keys);
      const cols = fields.map((f) => (f === '_id' ? 'id' : this.keys.find((k) => k.path === f)?.column));
      if (cols.every((c) => c !== undefined && msg.includes(`.${c}`))) {
        const key: Record<string, unknown> = {};
        for (const f of fields) key[f] = f === '_id' ? doc._id : keyValue(doc, f);
        return duplicateKey(this.decl.name, ix.name, JSON.stringify(key));
      }
    }
    return duplicateKey(this.decl.name, 'unknown', msg);
  }

  insert(doc: Doc): number {
    try {
      return Number(this.insertStmt.run(doc._id as string | number, toStorage(doc), ...this.keyValues(doc)).lastInsertRowid);
    } catch (e) {
      throw this.translate(e, doc);
    }
  }

  update(rowid: number, doc: Doc): void {
    this.forgetComplexTrue();
    try {
      this.updateStmt.run(toStorage(doc), ...this.keyValues(doc), rowid);
    } catch (e) {
      throw this.translate(e, doc);
    }
  }

  delete(rowid: number): void {
    this.forgetComplexTrue();
    this.deleteStmt.run(rowid);
  }

  getById(id: unknown): StoredDoc | undefined {
    if (typeof id !== 'string' && typeof id !== 'number') return undefined;
    const row = this.byIdStmt.get(id) as Row | undefined;
    return row && { rowid: row.rowid, doc: fromStorage(row.body) };
  }

  /** Rows selected by a planner WHERE clause (or all rows), in insertion order. */
  *select(where: string | null, params: KeyValue[]): Generator<StoredDoc> {
    let stmt: Database.Statement;
    if (where === null) stmt = this.allStmt;
    else {
      const sql = `SELECT rowid, body FROM ${this.table} WHERE ${where} ORDER BY rowid`;
      stmt = this.selectCache.get(sql) ?? this.db.prepare(sql);
      if (this.selectCache.size < 500) this.selectCache.set(sql, stmt);
    }
    // .all() rather than .iterate(): an open iterator keeps the connection busy, and callers
    // ($lookup, writes after a read) need it. Bodies are parsed lazily, one by one.
    const rows = stmt.all(...params) as Row[];
    for (const row of rows) yield { rowid: row.rowid, doc: fromStorage(row.body) };
  }

  count(): number {
    return this.countStmt.get() as number;
  }

  /** True when some document stores a non-scalar under `path`: its index cannot be used then. */
  hasComplex(path: string): boolean {
    let known = this.complexCache.get(path);
    if (known === undefined) {
      known = this.complexStmts.get(path)?.get() !== undefined;
      this.complexCache.set(path, known);
    }
    return known;
  }

  columnOf(path: string): string | undefined {
    if (path === '_id') return 'id';
    return this.keys.find((k) => k.path === path)?.column;
  }

  clear(): void {
    this.complexCache.clear();
    this.db.exec(`DELETE FROM ${this.table}`);
  }
}
