// Declared index fields live in real SQLite columns so lookups can use SQLite indexes.
// Column values are *candidates* only (mingo re-checks every row), so the encoding just has to
// never lose a match: scalars map to SQLite scalars. Arrays are MULTIKEY, as in MongoDB: the
// column holds a BLOB image tagged 0x01 and every element goes to the side table (multikey.ts).
// Values Mongo would match in a richer way than "equal to one scalar element" (sub-documents,
// nested arrays, regexps) are stored as an untagged BLOB image, which disables the index.
import { createHash } from 'crypto'
import type { CollectionDecl, Doc } from './types'

export type KeyValue = string | number | Buffer | null

export interface KeyColumn {
  /** Dot path of the indexed field, as written in collections.json. */
  path: string
  /** SQLite column that mirrors it. */
  column: string
}

/** Scalar kinds a column has ever held; they decide when SQL alone gives exact answers. */
export const KIND_STRING = 1
export const KIND_NUMBER = 2
export const KIND_DATE = 4
export const KIND_BOOL = 8

/** What a document contributes to one key column. */
export interface KeyEntry {
  column: KeyValue
  /** Encoded array elements for the multikey side table; undefined for non-arrays. */
  elements?: KeyValue[]
  /** KIND_* bit of a scalar column value, 0 otherwise. */
  kind: number
}

/** Stable column name for a field path: readable prefix + hash, so renames never collide. */
export function columnFor(path: string): string {
  const slug = path.replace(/[^A-Za-z0-9]/g, '_').slice(0, 40)
  const hash = createHash('sha1').update(path).digest('hex').slice(0, 8)
  return `k_${slug}_${hash}`
}

/** Every distinct field used by a declared index (`_id` has its own column and is skipped). */
export function keyColumns(decl: CollectionDecl): KeyColumn[] {
  const seen = new Map<string, KeyColumn>()
  for (const ix of decl.indexes) {
    for (const path of Object.keys(ix.keys)) {
      if (path !== '_id' && !seen.has(path)) seen.set(path, { path, column: columnFor(path) })
    }
  }
  return [...seen.values()]
}

/** Scalar encoding shared by stored keys and query operands (see query-planner). */
export function encodeScalar(v: unknown): KeyValue | undefined {
  if (typeof v === 'string') return v
  if (typeof v === 'number') return Number.isNaN(v) ? undefined : v
  if (typeof v === 'boolean') return v ? 1 : 0
  if (v instanceof Date) return v.getTime()
  return undefined
}

/** KIND_* of a value that encodeScalar accepts, 0 otherwise. */
export function kindOf(v: unknown): number {
  if (typeof v === 'string') return KIND_STRING
  if (typeof v === 'number') return Number.isNaN(v) ? 0 : KIND_NUMBER
  if (typeof v === 'boolean') return KIND_BOOL
  if (v instanceof Date) return KIND_DATE
  return 0
}

function isObject(v: unknown): v is Record<string, unknown> {
  return (
    v !== null && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Date) && !(v instanceof RegExp)
  )
}

const MULTI_TAG = Buffer.from([1])

/**
 * Collect the scalar values Mongo's path traversal reaches through arrays. False when some value
 * could be matched in a way the side table cannot express (nested arrays, sub-documents at the
 * leaf, numeric path parts into arrays): the field's index is then not used at all.
 */
function collect(v: unknown, parts: string[], i: number, out: KeyValue[]): boolean {
  if (i === parts.length) {
    const items = Array.isArray(v) ? v : [v]
    for (const el of items) {
      if (el === null || el === undefined) continue // null conditions are never narrowed
      const s = encodeScalar(el)
      if (s === undefined) return false
      out.push(s)
    }
    return true
  }
  if (Array.isArray(v)) {
    if (/^\d+$/.test(parts[i])) return false
    for (const el of v) {
      if (Array.isArray(el)) return false
      if (isObject(el) && !collect(el, parts, i, out)) return false
    }
    return true
  }
  return isObject(v) ? collect(v[parts[i]], parts, i + 1, out) : true
}

/** What `doc` stores under the key column of `path` (and the side table, for arrays). */
export function keyEntry(doc: Doc, path: string): KeyEntry {
  const parts = path.split('.')
  let cur: unknown = doc
  let crossesArray = false
  for (const part of parts) {
    if (Array.isArray(cur)) {
      crossesArray = true
      break
    }
    if (!isObject(cur)) return { column: null, kind: 0 }
    cur = cur[part]
  }
  if (!crossesArray && !Array.isArray(cur)) {
    if (cur === undefined || cur === null) return { column: null, kind: 0 }
    const scalar = encodeScalar(cur)
    if (scalar !== undefined) return { column: scalar, kind: kindOf(cur) }
    return { column: Buffer.from(JSON.stringify(cur) ?? 'null', 'utf8'), kind: 0 }
  }
  const image = Buffer.from(JSON.stringify(doc[parts[0]]) ?? 'null', 'utf8')
  const elements: KeyValue[] = []
  if (!collect(doc, parts, 0, elements)) return { column: image, kind: 0 }
  // Tagged image: distinct from unsafe images (which start with a printable JSON byte), and
  // still a whole-value image so unique indexes compare arrays as wholes.
  return { column: Buffer.concat([MULTI_TAG, image]), elements: [...new Set(elements)], kind: 0 }
}

/** Value to store in the key column of `path` for `doc`. */
export function keyValue(doc: Doc, path: string): KeyValue {
  return keyEntry(doc, path).column
}
