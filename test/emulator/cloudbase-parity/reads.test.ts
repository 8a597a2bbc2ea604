// Reads as CloudBase's own integration tests for its server SDK state them
// (TencentCloudBase/tcb-admin-node, test/database/unit/{order,projection,query.limit,regex-query}.test.ts),
// re-expressed through wx-server-sdk against the local cloud. Each test names the upstream
// file › describe › it.
import { type Harness, startHarness } from '../db/harness'

let h: Harness
beforeAll(() => {
  h = startHarness('parity-reads', [{ name: 'coll', indexes: [] }])
})
afterAll(() => h.close())
beforeEach(() => h.local.clear())

describe('order.test.ts', () => {
  it('正则表达式查询 › Document - OrderBy: a regex match sorted by category, then removed by db.RegExp', async () => {
    const categories = [...Array(7).fill('类别B'), ...Array(3).fill('类别C'), '类别A']
    for (const category of categories)
      await h.db.collection('coll').add({ data: { category, value: Math.random() } })
    const res = await h.db.collection('coll').where({ category: /^类别/i }).orderBy('category', 'asc').get()
    expect(res.data).toHaveLength(11)
    expect(res.data[0].category).toBe('类别A')
    expect(res.data[10].category).toBe('类别C')
    const removed = await h.db
      .collection('coll')
      .where({ category: h.db.RegExp({ regexp: '^类别' }) })
      .remove()
    expect(removed.stats.removed).toBe(11)
  })
})

describe('projection.test.ts', () => {
  beforeEach(() =>
    h.local.insertMany('coll', [
      { _id: 'p1', category: 'Web', tags: ['JavaScript', 'C#'] },
      { _id: 'p2', category: 'Web', tags: ['Go', 'C#'] },
      { _id: 'p3', category: 'Life', tags: ['Go', 'Python', 'JavaScript'] },
    ]),
  )

  it('projection › slice: project.slice(1) keeps the first array element', async () => {
    const project = (h._ as unknown as { project: { slice(n: number): unknown } }).project
    const res = await h.db
      .collection('coll')
      .orderBy('_id', 'asc')
      .field({ tags: project.slice(1) })
      .get()
    expect(res.data.map((d) => d.tags)).toEqual([['JavaScript'], ['Go'], ['Go']])
  })

  it('projection › projection: field({category: true}) returns every document with that field and _id', async () => {
    const res = await h.db.collection('coll').orderBy('_id', 'asc').field({ category: true }).get()
    expect(res.data).toEqual([
      { _id: 'p1', category: 'Web' },
      { _id: 'p2', category: 'Web' },
      { _id: 'p3', category: 'Life' },
    ])
  })
})

describe('query.limit.test.ts', () => {
  beforeEach(() =>
    h.local.insertMany(
      'coll',
      Array.from({ length: 1001 }, (_, i) => ({ luke: 'luke-limit-test', i })),
    ),
  )
  const count = async (limit?: number): Promise<number> => {
    const q = h.db.collection('coll').where({})
    return (await (limit === undefined ? q : q.limit(limit)).get()).data.length
  }

  it('query with limit 1000: returns 1000', async () => {
    expect(await count(1000)).toBe(1000)
  })

  it('query with limit > 1000: is capped at 1000', async () => {
    expect(await count(1001)).toBe(1000)
  })

  it('query with limit < 1000: returns that many', async () => {
    expect(await count(101)).toBe(101)
  })

  it('query with limit default 100: returns 100 without a limit', async () => {
    expect(await count()).toBe(100)
  })
})

describe('regex-query.test.ts', () => {
  it('正则表达式查询 › Document - CRUD: JS regexes and db.RegExp, several fields, or, update and remove', async () => {
    const coll = h.db.collection('coll')
    const rx = (regexp: string, options?: string) => h.db.RegExp({ regexp, options })
    await coll.add({
      data: {
        name: 'AbCdEfxxxxxxxxxxxxxx1234结尾',
        name2: 'fffffffffffffffffff',
        array: [1, 2, 3, [4, 5, 6], { a: 1, b: { c: 'fjasklfljkas', d: false } }],
        deepObject: { 'l-02-01': { 'l-03-01': { 'l-04-01': { level: 1, name: 'l-01', flag: '0' } } } },
      },
    })
    const hits = async (where: object): Promise<number> => (await coll.where(where).get()).data.length
    expect(await hits({ name: /^abcdef.*\d+结尾$/i })).toBe(1)
    expect(await hits({ name: rx('^abcdef.*\\d+结尾$', 'i') })).toBe(1)
    expect(await hits({ name: rx('^abcdef.*\\d+结尾$', 'i'), name2: /fff/ })).toBe(1)
    expect(await hits(h._.or({ name: rx('^abcdef.*\\d+结尾$', 'i'), name2: rx('fffffff', 'i') }))).toBe(1)
    expect(await hits({ name: h._.or(rx('^abcdef.*\\d+结尾$', 'i'), rx('^fffffff$', 'i')) })).toBe(1)
    const updated = await coll
      .where({ name: h._.or(rx('^abcdef.*\\d+结尾$', 'i'), rx('^fffffff$', 'i')) })
      .update({ data: { name: 'ABCDEFxxxx5678结尾' } })
    expect(updated.stats.updated).toBe(1)
    expect((await coll.where({ name: rx('^abcdef.*\\d+结尾$', 'i') }).remove()).stats.removed).toBe(1)
  })
})
