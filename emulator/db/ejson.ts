// Storage encoding (plain JSON with tiny markers, because JSON.parse is several times faster than
// EJSON.parse and full scans parse every row) and the server-date marker. The wire's EJSON is in
// wire-ejson.ts.
import { EJSON } from 'bson'
import type { Doc } from './types'

type Json = Record<string, unknown>

export function isPlainObject(v: unknown): v is Json {
  if (v === null || typeof v !== 'object') return false
  const proto: unknown = Object.getPrototypeOf(v)
  return proto === Object.prototype || proto === null
}

/** The bson class name of a wrapper value (Long, ObjectId, …), undefined for anything else. */
export function bsonType(v: unknown): string | undefined {
  if (v === null || typeof v !== 'object') return undefined
  const t = (v as { _bsontype?: unknown })._bsontype
  return typeof t === 'string' ? t : undefined
}

/** Mongo regex options include 'x', which JS lacks; keep the flags JS understands. */
export function toJsRegExp(pattern: string, options: string): RegExp {
  return new RegExp(pattern, options.replace(/[^imsu]/g, ''))
}

/**
 * `db.serverDate({ offset })` arrives as {"$tcb_server_date":{"offset":N}}; the server replaces it
 * with its own clock. Applied to inserted data, update data and queries alike.
 */
export function resolveServerDates(v: unknown, now: number): unknown {
  if (Array.isArray(v)) return v.map((x) => resolveServerDates(x, now))
  if (!isPlainObject(v)) return v
  const marker = v.$tcb_server_date
  if (marker !== undefined && Object.keys(v).length === 1) {
    const offset = isPlainObject(marker) && typeof marker.offset === 'number' ? marker.offset : 0
    return new Date(now + offset)
  }
  const out: Json = {}
  for (const k of Object.keys(v)) out[k] = resolveServerDates(v[k], now)
  return out
}

/**
 * A copy of `v` with every non-JSON leaf (class instance, non-finite number) replaced by `leaf(x)`
 * (undefined keeps it), copying only
 * the objects and arrays on the way to a replaced leaf. Then a plain JSON.stringify does the rest:
 * a replacer function would call back into JS for every value, several times slower.
 */
export function mapLeaves(v: unknown, leaf: (x: object | number) => unknown): unknown {
  if (typeof v === 'number') return Number.isFinite(v) ? v : (leaf(v) ?? v)
  if (v === null || typeof v !== 'object') return v
  if (Array.isArray(v)) {
    let out: unknown[] | undefined
    for (let i = 0; i < v.length; i++) {
      const x = mapLeaves(v[i], leaf)
      if (x !== v[i]) (out ??= v.slice())[i] = x
    }
    return out ?? v
  }
  if (!isPlainObject(v)) return leaf(v) ?? v
  let out: Json | undefined
  for (const k of Object.keys(v)) {
    const x = mapLeaves(v[k], leaf)
    if (x !== v[k]) (out ??= { ...v })[k] = x
  }
  return out ?? v
}

function storageLeaf(x: object | number): unknown {
  if (typeof x === 'number') return undefined
  if (x instanceof Date) return { $date: x.getTime() }
  if (x instanceof RegExp) return { $regularExpression: { pattern: x.source, options: x.flags } }
  if (bsonType(x) !== undefined) return { $ejson: EJSON.serialize(x as Json, { relaxed: false }) }
  return undefined
}

/** Storage encoding: JSON with {"$date":ms} and EJSON-wrapped bson values. */
export function toStorage(doc: Doc): string {
  return JSON.stringify(mapLeaves(doc, storageLeaf))
}

function revive(v: unknown): unknown {
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) v[i] = revive(v[i])
    return v
  }
  if (!isPlainObject(v)) return v
  const keys = Object.keys(v)
  if (keys.length === 1) {
    const k = keys[0]
    if (k === '$date' && typeof v.$date === 'number') return new Date(v.$date)
    if (k === '$regularExpression' && isPlainObject(v.$regularExpression)) {
      const r = v.$regularExpression
      return new RegExp(String(r.pattern), String(r.options))
    }
    if (k === '$ejson') return EJSON.deserialize(v.$ejson as Json, { relaxed: true })
  }
  for (const key of keys) v[key] = revive(v[key])
  return v
}

export function fromStorage(text: string): Doc {
  const doc = JSON.parse(text) as Doc
  // Most documents carry no marker at all: skip the walk for them.
  return text.includes('"$') ? (revive(doc) as Doc) : doc
}
