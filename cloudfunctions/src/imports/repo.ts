import type { Database, Doc } from '../shared/db-types'

const IN_CHUNK = 500
const WRITE_CHUNK = 500
const PARALLEL_UPDATES = 16

/** Documents whose `field` is one of `values`, read 500 keys per query so a county import stays indexed. */
export async function findByKeys<T extends object>(db: Database, collection: string, field: string, values: string[], extra: Doc = {}): Promise<T[]> {
  const unique = [...new Set(values)].filter(Boolean)
  const out: T[] = []
  for (let i = 0; i < unique.length; i += IN_CHUNK) {
    const chunk = unique.slice(i, i + IN_CHUNK)
    const res = await db.collection(collection).where({ ...extra, [field]: db.command.in(chunk) }).limit(1000).get<T>()
    out.push(...res.data)
  }
  return out
}

/**
 * Batch inserts. A batch is one database request; if an import stops halfway (timeout, a
 * concurrent import) running it again finishes the job, because every record has a natural key.
 */
export async function insertAll(db: Database, collection: string, docs: Doc[]): Promise<void> {
  for (let i = 0; i < docs.length; i += WRITE_CHUNK) {
    await db.collection(collection).add({ data: docs.slice(i, i + WRITE_CHUNK) })
  }
}

export async function updateAll(db: Database, collection: string, updates: Array<{ id: string; data: Doc }>): Promise<void> {
  for (let i = 0; i < updates.length; i += PARALLEL_UPDATES) {
    await Promise.all(updates.slice(i, i + PARALLEL_UPDATES).map((u) => db.collection(collection).doc(u.id).update({ data: u.data })))
  }
}
