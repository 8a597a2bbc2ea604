// The planner's SQL may only narrow: for generated documents and filters with $or, $ne, $in and
// ranges over indexed fields holding mixed kinds, arrays and gaps, every read returns exactly what
// testing each document with mingo returns, and a selective $or examines only its candidates.
import { compileFilter, shapeResults } from '../../../emulator/db/matcher'
import { type Harness, startHarness } from './harness'

let h: Harness
beforeAll(() => {
  h = startHarness('planner')
})
afterAll(() => h.close())
beforeEach(() => h.local.clear())

function prng(seed: number): () => number {
  let s = seed >>> 0
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0
    return s / 2 ** 32
  }
}

const CATS: unknown[] = ['a', 'b', 'c', 1, true, null, ['a', 'b'], ['c']]
const NS: unknown[] = [0, 1, 2, 3, true, false, null, new Date(2), 'x']

function docs(rnd: () => number, count: number): Array<Record<string, unknown>> {
  const pick = <T>(list: T[]): T => list[Math.floor(rnd() * list.length)]
  return Array.from({ length: count }, (_, i) => {
    const d: Record<string, unknown> = { _id: `d${i}`, sku: `s${i}` }
    if (rnd() < 0.85) d.cat = pick(CATS)
    if (rnd() < 0.85) d.n = pick(NS)
    if (rnd() < 0.7) d.at = new Date(Date.UTC(2026, 10, 1 + Math.floor(rnd() * 20)))
    return d
  })
}

function condition(rnd: () => number): Record<string, unknown> {
  const pick = <T>(list: T[]): T => list[Math.floor(rnd() * list.length)]
  const field = pick(['cat', 'n', 'sku', 'at'])
  const value =
    field === 'at'
      ? new Date(Date.UTC(2026, 10, 1 + Math.floor(rnd() * 20)))
      : field === 'sku'
        ? `s${Math.floor(rnd() * 60)}`
        : pick(field === 'cat' ? CATS.filter((c) => !Array.isArray(c)) : NS)
  const op = pick(['eq', '$ne', '$gte', '$lt', '$in'])
  if (op === 'eq') return { [field]: value }
  if (op === '$in') return { [field]: { $in: [value, field === 'n' ? 2 : 'b'] } }
  return { [field]: { [op]: value } }
}

function filter(rnd: () => number): Record<string, unknown> {
  const shape = Math.floor(rnd() * 4)
  if (shape === 0) return { $or: [condition(rnd), condition(rnd)] }
  if (shape === 1)
    return { ...condition(rnd), $or: [condition(rnd), { ...condition(rnd), ...condition(rnd) }] }
  if (shape === 2) return { $or: [condition(rnd), {}] }
  return { ...condition(rnd), ...condition(rnd) }
}

describe('index planning with $or and $ne', () => {
  test("400 generated filters over 60 mixed documents give exactly mingo's matches, in insertion order", () => {
    const rnd = prng(11)
    const all = docs(rnd, 60)
    h.local.insertMany('items', all)
    for (let i = 0; i < 400; i++) {
      const f = filter(rnd)
      const test = compileFilter(f)
      const expected = all.filter((d) => test(d)).map((d) => d._id)
      expect({ f, got: h.local.find('items', f).map((d) => d._id) }).toEqual({ f, got: expected })
      expect({ f, n: h.local.count('items', f) }).toEqual({ f, n: expected.length })
    }
  })

  test('a selective $or over two indexed fields examines only the candidates of its branches', async () => {
    h.local.insertMany(
      'items',
      Array.from({ length: 300 }, (_, i) => ({ sku: `k${i}`, cat: `c${i % 30}`, n: i })),
    )
    const seen: number[] = []
    h.local.onRequest = (info) => seen.push(info.examined)
    const _ = h._
    const res = await h.db
      .collection('items')
      .where(_.or([{ cat: 'c7' }, { sku: 'k8', n: _.neq(9) }]))
      .limit(1000)
      .get()
    h.local.onRequest = undefined
    expect(res.data.map((d) => d.sku).sort()).toEqual(
      ['k127', 'k157', 'k187', 'k217', 'k247', 'k277', 'k37', 'k67', 'k7', 'k8', 'k97'].sort(),
    )
    expect(seen).toEqual([11])
  })
})

describe('field() projections', () => {
  test('plain inclusion projections return what mingo returns for them', () => {
    const rnd = prng(5)
    const all: Array<Record<string, unknown>> = docs(rnd, 40).map((d, i) => ({
      ...d,
      sub: i % 3 ? { x: i, y: [i] } : undefined,
      zero: i % 4 ? 0 : null,
    }))
    const fieldsOf = ['cat', 'n', 'at', 'sub', 'zero', 'missing', 'sku']
    for (let i = 0; i < 200; i++) {
      const projection: Record<string, unknown> = {}
      for (const f of fieldsOf) if (rnd() < 0.4) projection[f] = rnd() < 0.5 ? 1 : true
      if (rnd() < 0.3) projection._id = rnd() < 0.5 ? 0 : false
      // mingo returns the whole document when it has none of the fields (MongoDB returns {}):
      // compare the documents that have one, and the others below.
      const named = Object.keys(projection).filter((k) => k !== '_id')
      const some = all
        .filter((d) => named.some((k) => (d as Record<string, unknown>)[k] !== undefined))
        .sort((a, b) => (String(a.sku) < String(b.sku) ? -1 : 1))
      // A sort sends the page through mingo; the documents are already in that order.
      expect({ projection, out: shapeResults(some, {}, { projection }) }).toEqual({
        projection,
        out: shapeResults(some, {}, { projection, sort: { sku: 1 } }),
      })
    }
  })

  test('a document with none of the projected fields comes back with its _id only, as in MongoDB', () => {
    const rows = [{ _id: 'a', sku: 's' }]
    expect(shapeResults(rows, {}, { projection: { missing: true } })).toEqual([{ _id: 'a' }])
    expect(shapeResults(rows, {}, { projection: { missing: 1, _id: 0 } })).toEqual([{}])
  })
})
