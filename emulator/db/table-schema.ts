// Brings a collection's SQLite table in line with its declaration: key columns for declared
// fields, SQLite indexes, and a rebuild of key columns + multikey side rows for every field this
// file has not built yet (newly declared, or a file written before multikey indexes existed).
import type Database from 'better-sqlite3'
import { fromStorage } from './ejson'
import { columnFor, type KeyColumn, keyEntry, kindOf } from './index-columns'
import type { KeyKinds } from './key-kinds'
import type { MultikeyTable } from './multikey'
import type { CollectionDecl } from './types'

export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`
}

export function createTable(db: Database.Database, table: string, keys: KeyColumn[]): void {
  db.exec(
    `CREATE TABLE IF NOT EXISTS ${table} (rowid INTEGER PRIMARY KEY, id NOT NULL UNIQUE, body TEXT NOT NULL)`,
  )
  const existing = new Set(
    (db.prepare(`PRAGMA table_info(${table})`).all() as Array<{ name: string }>).map((c) => c.name),
  )
  for (const k of keys)
    if (!existing.has(k.column)) db.exec(`ALTER TABLE ${table} ADD COLUMN ${quoteIdent(k.column)}`)
}

export function syncIndexes(db: Database.Database, table: string, decl: CollectionDecl): void {
  const prefix = `ix_c_${decl.name}__`
  const wanted = new Set<string>()
  for (const ix of decl.indexes) {
    const name = `${prefix}${ix.name}`
    wanted.add(name)
    const cols = Object.entries(ix.keys).map(
      ([path, dir]) =>
        `${path === '_id' ? 'id' : quoteIdent(columnFor(path))} ${dir === -1 ? 'DESC' : 'ASC'}`,
    )
    const sig = `${ix.unique ? 'U' : 'N'}:${cols.join(',')}`
    const current = db
      .prepare(`SELECT sql FROM sqlite_master WHERE type = 'index' AND name = ?`)
      .pluck()
      .get(name) as string | undefined
    const sql = `CREATE ${ix.unique ? 'UNIQUE ' : ''}INDEX ${quoteIdent(name)} ON ${table} (${cols.join(', ')}) /* ${sig} */`
    if (current === sql) continue
    if (current !== undefined) db.exec(`DROP INDEX ${quoteIdent(name)}`)
    try {
      db.exec(sql)
    } catch (e) {
      throw new Error(`cannot create index "${ix.name}" on "${decl.name}": ${(e as Error).message}`)
    }
  }
  const stale = db
    .prepare(`SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND name LIKE ?`)
    .pluck()
    .all(`c_${decl.name}`, `${prefix}%`) as string[]
  for (const name of stale) if (!wanted.has(name)) db.exec(`DROP INDEX ${quoteIdent(name)}`)
}

interface Row {
  rowid: number
  id: string | number
  body: string
}

/**
 * Recompute key columns, side rows and kinds of the fields `kinds` does not know yet. Pages by
 * rowid because better-sqlite3 forbids writes while a read iterator is open.
 */
export function rebuildKeys(
  db: Database.Database,
  table: string,
  keys: KeyColumn[],
  mk: MultikeyTable,
  kinds: KeyKinds,
): void {
  const fresh = keys.filter((k) => !kinds.has(k.path))
  const withId = !kinds.has('_id')
  mk.retain(keys.filter((k) => kinds.has(k.path)).map((k) => k.path))
  kinds.retain(['_id', ...keys.map((k) => k.path)])
  if (fresh.length === 0 && !withId) return
  for (const k of fresh) kinds.reset(k.path)
  if (withId) kinds.reset('_id')
  const set = fresh.map((k) => `${quoteIdent(k.column)} = ?`).join(', ')
  const upd = fresh.length > 0 ? db.prepare(`UPDATE ${table} SET ${set} WHERE rowid = ?`) : undefined
  const page = db.prepare(`SELECT rowid, id, body FROM ${table} WHERE rowid > ? ORDER BY rowid LIMIT 2000`)
  let last = 0
  for (;;) {
    const rows = page.all(last) as Row[]
    if (rows.length === 0) break
    for (const r of rows) {
      last = r.rowid
      if (withId) kinds.note('_id', kindOf(r.id))
      if (!upd) continue
      const doc = fromStorage(r.body)
      const entries = fresh.map((k) => keyEntry(doc, k.path))
      upd.run(...entries.map((e) => e.column), r.rowid)
      entries.forEach((e, i) => {
        kinds.note(fresh[i].path, e.kind)
        if (e.elements) mk.add(r.rowid, fresh[i].path, e.elements)
      })
    }
  }
}
