import type { Database, Doc } from './db-types'

const PAGE = 1000
const IN_CHUNK = 500
const WRITE_CHUNK = 500
const PARALLEL_UPDATES = 16

/**
 * Every document a query matches. Server reads stop at 1000, so it reads page after page in one fixed
 * order (`_id` unless told) and stops at the first short page; `max` bounds a runaway read.
 */
export async function pageAll<T extends object>(
  db: Database,
  collection: string,
  where: Doc,
  order = '_id',
  max = 50000,
): Promise<T[]> {
  const out: T[] = []
  for (let offset = 0; offset < max; offset += PAGE) {
    const res = await db
      .collection(collection)
      .where(where)
      .orderBy(order, 'asc')
      .skip(offset)
      .limit(PAGE)
      .get<T>()
    out.push(...res.data)
    if (res.data.length < PAGE) break
  }
  return out
}

/** Documents whose `field` is one of `values`, 500 keys a query so each read stays indexed and under 1000. */
export async function findByKeys<T extends object>(
  db: Database,
  collection: string,
  field: string,
  values: readonly string[],
  extra: Doc = {},
): Promise<T[]> {
  const unique = [...new Set(values)].filter(Boolean)
  const out: T[] = []
  for (let i = 0; i < unique.length; i += IN_CHUNK) {
    const chunk = unique.slice(i, i + IN_CHUNK)
    const res = await db
      .collection(collection)
      .where({ ...extra, [field]: db.command.in(chunk) })
      .limit(PAGE)
      .get<T>()
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

export async function updateAll(
  db: Database,
  collection: string,
  updates: Array<{ id: string; data: Doc }>,
): Promise<void> {
  for (let i = 0; i < updates.length; i += PARALLEL_UPDATES) {
    await Promise.all(
      updates
        .slice(i, i + PARALLEL_UPDATES)
        .map((u) => db.collection(collection).doc(u.id).update({ data: u.data })),
    )
  }
}
