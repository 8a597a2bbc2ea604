// The wire's Extended JSON, both ways, without bson's per-value reviver on the common path.
//  - In: @cloudbase/database sends canonical EJSON ({"$numberInt":"1"}, {"$date":{"$numberLong":…}}).
//    We parse it *relaxed*, as bson's EJSON.parse(text, { relaxed: true }) would (numbers become JS
//    numbers, otherwise mingo's $sum over wrapper objects silently yields 0), but with one native
//    JSON.parse and a walk that only rewrites the wrappers. Text naming a rarer bson type goes
//    through bson itself.
//  - Out: documents in data.list as relaxed EJSON (plain numbers, {"$date":"<ISO>"}). The SDK reads
//    every item with EJSON.parse(item), relaxed by default, so it gets the very values canonical
//    text would give (int/double is not a distinction JS keeps) at about half the parsing cost.
import { EJSON } from 'bson'
import { bsonType, isPlainObject, mapLeaves, toJsRegExp } from './ejson'

type Json = Record<string, unknown>

/** Keys of bson types with no fast path here: meeting one sends the whole text through bson. */
const RARE_TYPE_KEYS = new Set(
  [
    'oid',
    'binary',
    'uuid',
    'numberDecimal',
    'timestamp',
    'minKey',
    'maxKey',
    'symbol',
    'code',
    'scope',
    'dbPointer',
    'ref',
    'id',
    'db',
    'regex',
    'options',
    'undefined',
  ].map((k) => `$${k}`),
)

/** Thrown inside the walk when bson must read the text after all (rare types, NUL in a key). */
const NEEDS_BSON = new Error('needs bson')

/** Latest date bson writes as an ISO string in relaxed mode (year 9999). */
const MAX_ISO_DATE = 253402318800000

/** A one-key wrapper's value, or `undefined` when `v` is not that wrapper. */
function wrapped(v: Json, key: string, keys: string[]): unknown {
  return keys.length === 1 && keys[0] === key ? v[key] : undefined
}

function dateOf(d: unknown): Date | undefined {
  if (typeof d === 'string') return new Date(Date.parse(d))
  if (typeof d === 'number') return new Date(d)
  if (isPlainObject(d) && typeof d.$numberLong === 'string') return new Date(Number(d.$numberLong))
  return undefined
}

/** A number, or its canonical wrapper ({"$numberInt": "1"}…), as a JS number. */
function numberOf(n: unknown): number | undefined {
  if (typeof n === 'number') return n
  if (!isPlainObject(n)) return undefined
  const text = n.$numberInt ?? n.$numberLong ?? n.$numberDouble
  return typeof text === 'string' && Object.keys(n).length === 1 ? Number(text) : undefined
}

/**
 * `{ $timestamp: <seconds> }` in a document is CloudBase's server-side timestamp: it is stored and
 * read back as a date (tcb-admin-node date.test.ts). A BSON timestamp ({t, i}) is not a number and
 * still goes through bson.
 */
function timestampDate(obj: Json, keys: string[]): Date | undefined {
  const seconds = keys.length === 1 && keys[0] === '$timestamp' ? numberOf(obj.$timestamp) : undefined
  return seconds === undefined ? undefined : new Date(seconds * 1000)
}

/** Rewrites the wrappers of a JSON.parse result in place, as bson's relaxed reviver would. */
function revive(v: unknown): unknown {
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) v[i] = revive(v[i])
    return v
  }
  if (v === null || typeof v !== 'object') return v
  const obj = v as Json
  const keys = Object.keys(obj)
  const stamp = timestampDate(obj, keys)
  if (stamp) return stamp
  for (const k of keys)
    if ((k.charCodeAt(0) === 36 /* $ */ && RARE_TYPE_KEYS.has(k)) || k.includes('\u0000')) throw NEEDS_BSON
  if (keys.length === 1 && keys[0].charCodeAt(0) === 36 /* $ */) {
    const int = wrapped(obj, '$numberInt', keys)
    if (typeof int === 'string') return parseInt(int, 10)
    const dbl = wrapped(obj, '$numberDouble', keys)
    if (typeof dbl === 'string') return parseFloat(dbl)
    const long = wrapped(obj, '$numberLong', keys)
    if (typeof long === 'string') return Number(long)
    const date = keys[0] === '$date' ? dateOf(obj.$date) : undefined
    if (date) return date
    const rx = wrapped(obj, '$regularExpression', keys)
    if (isPlainObject(rx) && typeof rx.pattern === 'string')
      return toJsRegExp(rx.pattern, String(rx.options ?? ''))
  }
  for (const k of keys) obj[k] = revive(obj[k])
  return obj
}

/** Replace bson wrapper classes that mingo cannot evaluate with native JS values. */
function normalize(v: unknown): unknown {
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) v[i] = normalize(v[i])
    return v
  }
  if (v === null || typeof v !== 'object') return v
  const t = bsonType(v)
  if (t === 'BSONRegExp') {
    const r = v as { pattern: string; options: string }
    return toJsRegExp(r.pattern, r.options)
  }
  if (t === 'Long' || t === 'Int32' || t === 'Double') return Number(String(v))
  if (isPlainObject(v)) for (const k of Object.keys(v)) v[k] = normalize(v[k])
  return v
}

/** Parse one EJSON string from the wire into plain JS values. */
export function parseWire(text: string): unknown {
  // No "$" key anywhere (plain strings/booleans/nesting): EJSON would return JSON.parse's value.
  if (!text.includes('"$')) return JSON.parse(text) as unknown
  try {
    return revive(JSON.parse(text))
  } catch (e) {
    if (e !== NEEDS_BSON) throw e
    return normalize(EJSON.parse(text, { relaxed: true }))
  }
}

function relaxedLeaf(x: object | number): unknown {
  if (typeof x === 'number') return Number.isFinite(x) ? undefined : { $numberDouble: String(x) }
  if (x instanceof Date) {
    const ms = x.getTime()
    return ms > -1 && ms < MAX_ISO_DATE ? { $date: x.toISOString() } : { $date: { $numberLong: String(ms) } }
  }
  if (x instanceof RegExp || bsonType(x) !== undefined) return EJSON.serialize(x as Json, { relaxed: true })
  return undefined
}

/** Relaxed EJSON of one document, as data.list carries it. */
export function stringifyWire(value: unknown): string {
  return JSON.stringify(mapLeaves(value, relaxedLeaf))
}
