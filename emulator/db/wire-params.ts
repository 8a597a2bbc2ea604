// Decoding of request params as @cloudbase/database 1.4.3 sends them (see its query.js,
// document.js, collection.js, aggregate.js): query/data/order/projection are EJSON strings.
import { resolveServerDates } from './ejson'
import { parseWire } from './wire-ejson'
import { invalidParam } from './errors'
import type { Doc, FindOptions, SortSpec } from './types'

/** The service caps a page at 1000 documents and defaults to 100, like the SDK does. */
export const MAX_LIMIT = 1000
export const DEFAULT_LIMIT = 100

export type Params = Record<string, unknown>

function isRecord(v: unknown): v is Doc {
  return v !== null && typeof v === 'object' && !Array.isArray(v)
}

export function collectionName(p: Params): string {
  const name = p.collectionName
  if (typeof name !== 'string' || name === '') throw invalidParam('collectionName is required')
  return name
}

/** An EJSON string (or already-decoded object) -> plain value with server dates resolved. */
export function decode(v: unknown, now: number): unknown {
  if (typeof v !== 'string') return resolveServerDates(v, now)
  if (v === '') return {}
  const parsed = parseWire(v)
  // Most requests carry no server date: skip the copying walk for them.
  return v.includes('"$tcb_server_date"') ? resolveServerDates(parsed, now) : parsed
}

export function decodeObject(v: unknown, now: number, what: string): Doc {
  if (v === undefined || v === null) return {}
  const d = decode(v, now)
  if (!isRecord(d)) throw invalidParam(`${what} must be an object`)
  return d
}

/** `order` is {field: 1|-1} in this SDK; older SDKs sent [{field, direction}]. */
export function decodeOrder(v: unknown, now: number): SortSpec | undefined {
  if (v === undefined || v === null || v === '') return undefined
  const d = decode(v, now)
  const out: SortSpec = {}
  if (Array.isArray(d)) {
    for (const item of d) {
      if (isRecord(item) && typeof item.field === 'string')
        out[item.field] = item.direction === 'desc' ? -1 : 1
    }
  } else if (isRecord(d)) {
    for (const [k, dir] of Object.entries(d)) out[k] = dir === -1 || dir === 'desc' ? -1 : 1
  }
  return out
}

function nonNegativeInt(v: unknown, what: string): number | undefined {
  if (v === undefined || v === null) return undefined
  const n = typeof v === 'string' ? Number(v) : v
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 0)
    throw invalidParam(`${what} must be a non-negative integer`)
  return n
}

/** Options of getDocument; limit clamped server-side to [1, 1000], default 100. */
export function decodeFindOptions(p: Params, now: number): FindOptions {
  const limit = nonNegativeInt(p.limit, 'limit')
  return {
    sort: decodeOrder(p.order, now),
    skip: nonNegativeInt(p.offset, 'offset') ?? 0,
    limit: limit === undefined || limit === 0 ? DEFAULT_LIMIT : Math.min(limit, MAX_LIMIT),
    projection: p.projection === undefined ? undefined : decodeObject(p.projection, now, 'projection'),
  }
}

/** insertDocument's data: an array of EJSON strings (one per document). */
export function decodeDocs(v: unknown, now: number): Doc[] {
  const list = Array.isArray(v) ? v : [v]
  if (list.length === 0) throw invalidParam('data must not be empty')
  return list.map((item) => decodeObject(item, now, 'data'))
}

export function optionalString(v: unknown): string | undefined {
  return typeof v === 'string' && v !== '' ? v : undefined
}
