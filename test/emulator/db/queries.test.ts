// Reads through the real wx-server-sdk: where/orderBy/skip/limit/field/count, query operators,
// the SDK's where() flattening and its limit clamping, and index-planned vs scanned equivalence.
import { type Harness, startHarness } from './harness'

let h: Harness
beforeAll(() => {
  h = startHarness('queries')
})
afterAll(() => h.close())
beforeEach(() => h.local.clear())

type Row = Record<string, unknown>
const ids = (rows: Row[]): unknown[] => rows.map((r) => r._id)

async function seed(): Promise<void> {
  h.local.insertMany('items', [
    {
      _id: 'a',
      sku: 'A-1',
      cat: 'fruit',
      n: 5,
      tags: ['red', 'sweet'],
      meta: { color: 'red', size: 2 },
      at: new Date('2024-01-01'),
    },
    {
      _id: 'b',
      sku: 'B-1',
      cat: 'fruit',
      n: 3,
      tags: ['yellow'],
      meta: { color: 'yellow', size: 3 },
      at: new Date('2024-02-01'),
    },
    {
      _id: 'c',
      sku: 'C-1',
      cat: 'veg',
      n: 8,
      tags: [],
      meta: { color: 'green', size: 1 },
      at: new Date('2024-03-01'),
    },
    { _id: 'd', sku: 'D-1', cat: 'veg', n: null, meta: { color: 'Red' }, at: new Date('2024-04-01') },
    { _id: 'e', sku: 'E-1', name: 'apple pie' },
  ])
}

describe('where / orderBy / skip / limit / field', () => {
  it('filters by equality and returns documents with their _id', async () => {
    await seed()
    const res = await h.db.collection('items').where({ cat: 'fruit' }).orderBy('sku', 'asc').get()
    expect(ids(res.data)).toEqual(['a', 'b'])
    expect(res.data[0]).toMatchObject({ sku: 'A-1', n: 5, tags: ['red', 'sweet'] })
  })

  it('returns Dates as Date objects', async () => {
    await seed()
    const res = await h.db.collection('items').doc('a').get()
    expect(res.data.at).toBeInstanceOf(Date)
    expect((res.data.at as Date).toISOString()).toBe('2024-01-01T00:00:00.000Z')
  })

  it('orders by several fields, skips and limits', async () => {
    await seed()
    const res = await h.db
      .collection('items')
      .orderBy('cat', 'desc')
      .orderBy('n', 'asc')
      .skip(1)
      .limit(2)
      .get()
    // cat desc: veg(c:8, d:null), fruit(b:3, a:5), missing(e); within veg n asc puts null first
    expect(ids(res.data)).toEqual(['c', 'b'])
  })

  it('sorts missing and null values before numbers in ascending order, as MongoDB does', async () => {
    await seed()
    const res = await h.db.collection('items').orderBy('n', 'asc').get()
    expect(ids(res.data).slice(2)).toEqual(['b', 'a', 'c'])
  })

  it('projects with field(): included fields plus _id', async () => {
    await seed()
    const res = await h.db
      .collection('items')
      .where({ _id: 'a' })
      .field({ sku: true, 'meta.color': true })
      .get()
    expect(res.data).toEqual([{ _id: 'a', sku: 'A-1', meta: { color: 'red' } }])
  })

  it('excludes fields with field({x: false})', async () => {
    await seed()
    const res = await h.db.collection('items').doc('b').field({ tags: false, meta: false, at: false }).get()
    expect(res.data).toEqual({ _id: 'b', sku: 'B-1', cat: 'fruit', n: 3 })
  })

  it('counts matching documents', async () => {
    await seed()
    expect((await h.db.collection('items').where({ cat: 'veg' }).count()).total).toBe(2)
    expect((await h.db.collection('items').count()).total).toBe(5)
  })
})

describe('nested-object where() is flattened by the SDK into dot paths', () => {
  it('matches a sub-document partially, unlike MongoDB exact sub-document equality', async () => {
    await seed()
    const res = await h.db
      .collection('items')
      .where({ meta: { color: 'red' } })
      .get()
    expect(ids(res.data)).toEqual(['a']) // a.meta also has size: still matches
  })

  it('combines flattened paths with commands', async () => {
    await seed()
    const res = await h.db
      .collection('items')
      .where({ meta: { size: h._.gte(2) } })
      .orderBy('sku', 'asc')
      .get()
    expect(ids(res.data)).toEqual(['a', 'b'])
  })
})

describe('limit clamping', () => {
  beforeEach(() => {
    const docs = Array.from({ length: 1100 }, (_, i) => ({ sku: `S${String(i).padStart(5, '0')}`, n: i }))
    h.local.insertMany('items', docs)
  })

  it('returns 100 documents when no limit is given', async () => {
    expect((await h.db.collection('items').get()).data).toHaveLength(100)
  })

  it('returns at most 1000 documents even when a larger limit is asked', async () => {
    expect((await h.db.collection('items').limit(5000).get()).data).toHaveLength(1000)
  })

  it('clamps a raw wire request over 1000 on the server side too', async () => {
    const res = await h.local.send('database.getDocument', {
      collectionName: 'items',
      queryType: 'WHERE',
      limit: 2000,
    })
    expect((res.data?.list as unknown[]).length).toBe(1000)
  })

  it('count is not limited', async () => {
    expect((await h.db.collection('items').count()).total).toBe(1100)
  })
})

describe('query commands', () => {
  beforeEach(seed)
  const cases: Array<[string, () => Row, string[]]> = [
    ['eq', () => ({ n: h._.eq(5) }), ['a']],
    ['neq also matches missing fields', () => ({ n: h._.neq(5) }), ['b', 'c', 'd', 'e']],
    ['gt / lt', () => ({ n: h._.gt(3).and(h._.lt(8)) }), ['a']],
    ['gte / lte', () => ({ n: h._.gte(3).and(h._.lte(5)) }), ['a', 'b']],
    ['in', () => ({ sku: h._.in(['A-1', 'C-1', 'X']) }), ['a', 'c']],
    ['nin also matches missing fields', () => ({ cat: h._.nin(['fruit']) }), ['c', 'd', 'e']],
    ['exists', () => ({ tags: h._.exists(false) }), ['d', 'e']],
    ['size', () => ({ tags: h._.size(1) }), ['b']],
    ['all', () => ({ tags: h._.all(['sweet', 'red']) }), ['a']],
    ['elemMatch', () => ({ tags: h._.elemMatch(h._.eq('yellow')) }), ['b']],
    ['equality on an array field matches an element', () => ({ tags: 'red' }), ['a']],
    ['mod', () => ({ n: h._.mod([4, 0]) }), ['c']],
    ['eq null matches null and missing', () => ({ n: null }), ['d', 'e']],
    ['or across fields', () => h._.or([{ cat: 'veg', n: 8 }, { sku: 'E-1' }]) as unknown as Row, ['c', 'e']],
    ['and of commands on one field', () => ({ n: h._.and([h._.gt(1), h._.lt(6)]) }), ['a', 'b']],
    ['nor', () => h._.nor([{ cat: 'fruit' }, { cat: 'veg' }]) as unknown as Row, ['e']],
    ['not', () => ({ n: h._.not(h._.gt(4)) }), ['b', 'd', 'e']],
    ['JS RegExp', () => ({ 'meta.color': /^r/i }), ['a', 'd']],
    ['db.RegExp', () => ({ name: h.db.RegExp({ regexp: 'PIE$', options: 'i' }) }), ['e']],
    [
      'Date range on an indexed field',
      () => ({ at: h._.gte(new Date('2024-02-01')).and(h._.lt(new Date('2024-04-01'))) }),
      ['b', 'c'],
    ],
  ]
  it.each(cases)('%s', async (_name, where, expected) => {
    const res = await h.db.collection('items').where(where()).orderBy('sku', 'asc').get()
    expect(ids(res.data)).toEqual(expected)
  })
})

describe('index planning never changes results', () => {
  it('finds the same documents through an indexed field as through a scan', async () => {
    h.local.insertMany('items', [
      { sku: 1, cat: 'x', n: 1 },
      { sku: '1', cat: 'x', n: true },
      { sku: 'k3', cat: 'y', n: new Date(1) },
      { sku: 'k4', n: 1.0 },
    ])
    expect(h.local.find('items', { n: 1 }).map((d) => d.sku)).toEqual([1, 'k4'])
    expect(h.local.find('items', { n: true }).map((d) => d.sku)).toEqual(['1'])
    expect(h.local.find('items', { n: { $gte: 0 } }).map((d) => d.sku)).toEqual([1, 'k4'])
    expect(h.local.find('items', { sku: { $in: [1, 'k3'] } }).map((d) => d.cat)).toEqual(['x', 'y'])
    expect(h.local.find('items', { $and: [{ cat: 'x' }, { sku: '1' }] }).map((d) => d.n)).toEqual([true])
  })

  it('still matches array elements once an indexed field holds an array', async () => {
    h.local.insertMany('items', [
      { sku: 'p', cat: ['a', 'b'] },
      { sku: 'q', cat: 'a' },
    ])
    const res = await h.db.collection('items').where({ cat: 'b' }).get()
    expect(res.data.map((d: Row) => d.sku)).toEqual(['p'])
    expect((await h.db.collection('items').where({ cat: 'a' }).count()).total).toBe(2)
  })

  it('examines only the indexed candidates for an indexed equality', async () => {
    h.local.insertMany(
      'items',
      Array.from({ length: 500 }, (_, i) => ({ sku: `k${i}`, cat: `c${i % 50}` })),
    )
    const seen: number[] = []
    h.local.onRequest = (info) => seen.push(info.examined)
    await h.db.collection('items').where({ cat: 'c7' }).get()
    h.local.onRequest = undefined
    expect(seen).toEqual([10])
  })
})
