import Database from 'better-sqlite3'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { median, round } from './stats'

/**
 * The floor under our check-in: the same SQLite settings (WAL, synchronous=NORMAL), one insert of a
 * check-in-sized JSON document and one indexed read, without the SDK, the engine or the function.
 */
export function rawBaseline(iterations = 2000): { insert_read_p50_ms: number } {
  const dir = mkdtempSync(join(tmpdir(), 'zhucun-baseline-'))
  const db = new Database(join(dir, 'raw.sqlite'))
  db.pragma('journal_mode = WAL')
  db.pragma('synchronous = NORMAL')
  db.exec('CREATE TABLE docs (id TEXT PRIMARY KEY, data TEXT NOT NULL, person TEXT, day TEXT)')
  db.exec('CREATE INDEX docs_person_day ON docs (person, day)')
  const insert = db.prepare('INSERT INTO docs (id, data, person, day) VALUES (?, ?, ?, ?)')
  const read = db.prepare('SELECT data FROM docs WHERE person = ? AND day = ?')
  const times: number[] = []
  for (let i = 0; i < iterations; i++) {
    const doc = {
      _id: `c${i}`,
      personId: `p${i % 2000}`,
      day: `2026-11-${String((i % 28) + 1).padStart(2, '0')}`,
      lat: 32.99,
      lng: 112.56,
      accuracy: 15,
      counted: true,
      at: new Date().toISOString(),
    }
    const started = performance.now()
    insert.run(doc._id, JSON.stringify(doc), doc.personId, doc.day)
    JSON.parse((read.get(doc.personId, doc.day) as { data: string }).data)
    times.push(performance.now() - started)
  }
  db.close()
  rmSync(dir, { recursive: true, force: true })
  return { insert_read_p50_ms: round(median(times), 4) }
}
