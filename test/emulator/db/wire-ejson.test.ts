// The wire's EJSON without bson's reviver must give exactly what bson gives: requests parse to the
// values EJSON.parse(text, { relaxed: true }) yields, and the relaxed answers read back (with the
// SDK's own EJSON.parse) as the values canonical answers would.
import { EJSON, Long } from 'bson'
import { parseWire, stringifyWire } from '../../../emulator/db/wire-ejson'

/** A small deterministic generator, so a failure names a reproducible case. */
function prng(seed: number): () => number {
  let s = seed >>> 0
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0
    return s / 2 ** 32
  }
}

const NUMBERS = [
  0,
  1,
  -1,
  2.5,
  -0.125,
  2 ** 31 - 1,
  2 ** 31,
  -(2 ** 31) - 1,
  1763600000000,
  2 ** 53 + 2,
  1e21,
  3.14159,
  NaN,
  Infinity,
  -Infinity,
]
const STRINGS = ['', 'x', '驻村', '{"$numberInt":"1"}', '"$date"', 'a\\b', '$lt', 'line\nbreak']
const KEYS = [
  'a',
  'n',
  '$lt',
  '$gte',
  '$inc',
  '$in',
  '$set',
  'at',
  'tags',
  'sub',
  '$tcb_server_date',
  'meta.color',
]
const DATES = [
  new Date('2026-11-22T01:02:03.456Z'),
  new Date('2026-11-22T00:00:00.000Z'),
  new Date(-86400000),
  new Date(253402318800000 + 1000),
  new Date(0),
]

function value(rnd: () => number, depth: number): unknown {
  const pick = <T>(list: T[]): T => list[Math.floor(rnd() * list.length)]
  const kind = Math.floor(rnd() * (depth > 3 ? 6 : 9))
  switch (kind) {
    case 0:
      return pick(NUMBERS)
    case 1:
      return pick(STRINGS)
    case 2:
      return rnd() < 0.5
    case 3:
      return null
    case 4:
      return new Date(pick(DATES).getTime())
    case 5:
      return pick([/^驻村/i, /a.b/, /x/ms])
    case 6:
    case 7: {
      const out: Record<string, unknown> = {}
      const n = Math.floor(rnd() * 4)
      for (let i = 0; i < n; i++) out[pick(KEYS)] = value(rnd, depth + 1)
      return out
    }
    default:
      return Array.from({ length: Math.floor(rnd() * 4) }, () => value(rnd, depth + 1))
  }
}

/** bson's own reading, with the wrapper classes the engine cannot use turned into JS values. */
function bsonReading(text: string): unknown {
  const walk = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(walk)
    if (v === null || typeof v !== 'object' || v instanceof Date || v instanceof RegExp) return v
    const t = (v as { _bsontype?: string })._bsontype
    if (t === 'BSONRegExp') {
      const r = v as { pattern: string; options: string }
      return new RegExp(r.pattern, r.options.replace(/[^imsu]/g, ''))
    }
    if (t === 'Long' || t === 'Int32' || t === 'Double') return Number(String(v))
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]))
  }
  return walk(EJSON.parse(text, { relaxed: true }))
}

describe('wire EJSON', () => {
  test('2,000 generated requests parse to exactly what bson reads from the canonical text the SDK sends', () => {
    const rnd = prng(20261122)
    for (let i = 0; i < 2000; i++) {
      const doc = { v: value(rnd, 0) }
      const text = EJSON.stringify(doc, { relaxed: false })
      expect({ i, parsed: parseWire(text) }).toEqual({ i, parsed: bsonReading(text) })
    }
  })

  test('2,000 generated documents answered as relaxed text read back in the SDK as the canonical answer would', () => {
    const rnd = prng(7)
    for (let i = 0; i < 2000; i++) {
      const doc = { _id: `d${i}`, v: value(rnd, 0) }
      const sdkReads = (text: string): unknown => EJSON.parse(text)
      expect({ i, read: sdkReads(stringifyWire(doc)) }).toEqual({
        i,
        read: sdkReads(EJSON.stringify(doc, { relaxed: false })),
      })
    }
  })

  test('a stored 64-bit integer and dates outside 1970-9999 keep their exact values', () => {
    const doc = {
      big: Long.fromString('9007199254740993'),
      early: new Date(-1),
      late: new Date(253402318800000 + 1),
    }
    expect(EJSON.parse(stringifyWire(doc))).toEqual(EJSON.parse(EJSON.stringify(doc, { relaxed: false })))
  })

  test('rarer bson types and the server-date marker take the careful path or pass through untouched', () => {
    const oid = (parseWire('{"_id":{"$oid":"5f1f1f1f1f1f1f1f1f1f1f1f"}}') as { _id: { _bsontype?: string } })
      ._id
    expect([oid._bsontype, String(oid)]).toEqual(['ObjectID', '5f1f1f1f1f1f1f1f1f1f1f1f'])
    expect(parseWire('{"name":{"$regex":"^a","$options":"i"}}')).toEqual({ name: /^a/i })
    expect(parseWire('{"t":{"$tcb_server_date":{"offset":{"$numberInt":"1000"}}}}')).toEqual({
      t: { $tcb_server_date: { offset: 1000 } },
    })
    expect(() => parseWire('{"a\\u0000b":1,"$x":1}')).toThrow()
  })
})
