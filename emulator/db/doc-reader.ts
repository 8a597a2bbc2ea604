// Reads committed documents: the planner picks candidate rows by SQL, mingo tests each one.
// When the planner says its SQL is exact, pages, sorts and counts run in SQLite instead.
import type { CollectionTable, StoredDoc } from './collection-table'
import { quoteIdent } from './collection-table'
import { findNear } from './geo'
import { compileFilter, shapeResults } from './matcher'
import { type Plan, planQuery } from './query-planner'
import type { Doc, FindOptions, Metrics, SortSpec } from './types'

/**
 * All committed documents matching `filter`, in insertion order. `stopAfter` lets unsorted
 * reads end the scan early once skip+limit matches are found.
 */
export function matchStored(
  table: CollectionTable,
  filter: Doc,
  metrics: Metrics,
  stopAfter?: number,
  plan?: Plan,
): StoredDoc[] {
  const { where, params } = plan ?? planQuery(table, filter)
  const test = compileFilter(filter)
  const out: StoredDoc[] = []
  for (const row of table.select(where, params)) {
    metrics.examined++
    if (test(row.doc)) {
      out.push(row)
      if (stopAfter !== undefined && out.length >= stopAfter) break
    }
  }
  return out
}

/**
 * ORDER BY for `sort` when SQLite orders exactly like MongoDB/mingo: every field has a column,
 * holds no arrays/objects and only one scalar kind (NULL - null or missing - sorts first
 * ascending and last descending in both). mingo's sort is stable, so ties keep insertion order.
 */
function sqlOrder(table: CollectionTable, sort: SortSpec | undefined): string | undefined {
  const terms: string[] = []
  for (const [field, dir] of Object.entries(sort ?? {})) {
    const col = table.columnOf(field)
    if (col === undefined || (field !== '_id' && table.hasBlob(field))) return undefined
    const k = table.kinds.get(field)
    if ((k & (k - 1)) !== 0) return undefined // mixed kinds: Mongo's type order differs
    terms.push(`${quoteIdent(col)} ${dir === -1 ? 'DESC' : 'ASC'}`)
  }
  terms.push('rowid ASC')
  return terms.join(', ')
}

/** A page entirely in SQL, or undefined when SQL cannot give Mongo's exact answer. */
function sqlPage(table: CollectionTable, plan: Plan, opts: FindOptions, metrics: Metrics): Doc[] | undefined {
  if (!plan.exact) return undefined
  const order = sqlOrder(table, opts.sort)
  if (order === undefined) return undefined
  const where = plan.where === null ? '' : ` WHERE ${plan.where}`
  const sql = `SELECT rowid FROM ${table.table}${where} ORDER BY ${order} LIMIT ? OFFSET ?`
  const rowids = table.statements
    .get(sql)
    .pluck()
    .all(...plan.params, opts.limit ?? -1, opts.skip ?? 0) as number[]
  const docs = table.byRowids(rowids).map((r) => r.doc)
  metrics.examined += docs.length
  return docs
}

/** A read with sort/skip/limit/projection, as getDocument serves it. */
export function readDocs(table: CollectionTable, filter: Doc, opts: FindOptions, metrics: Metrics): Doc[] {
  const near = findNear(filter) !== undefined
  const plan = planQuery(table, filter)
  const paged = near ? undefined : sqlPage(table, plan, opts, metrics)
  let out: Doc[]
  if (paged) {
    out = shapeResults(paged, filter, { projection: opts.projection })
  } else {
    const ordered = (opts.sort && Object.keys(opts.sort).length > 0) || near
    const stopAfter = !ordered && opts.limit !== undefined ? (opts.skip ?? 0) + opts.limit : undefined
    const docs = matchStored(table, filter, metrics, stopAfter, plan).map((r) => r.doc)
    out = shapeResults(docs, filter, opts)
  }
  metrics.returned += out.length
  return out
}

export function countDocs(table: CollectionTable, filter: Doc, metrics: Metrics): number {
  if (Object.keys(filter).length === 0) return table.count()
  const plan = planQuery(table, filter)
  if (plan.exact && plan.where !== null) {
    const sql = `SELECT COUNT(*) FROM ${table.table} WHERE ${plan.where}`
    return table.statements
      .get(sql)
      .pluck()
      .get(...plan.params) as number
  }
  return matchStored(table, filter, metrics, undefined, plan).length
}
