// Query operators as CloudBase's own integration tests for its server SDK state them
// (TencentCloudBase/tcb-admin-node, test/database/unit/advanced-operator.test.ts), re-expressed
// through wx-server-sdk against the local cloud. Each test names the upstream describe › it.
import { type Harness, startHarness } from '../db/harness'
import { PASSAGES, passageRows } from './passages'

let h: Harness
beforeAll(() => {
  h = startHarness('parity-queries', [{ name: 'passages', indexes: [] }])
})
afterAll(() => h.close())

beforeEach(() => {
  h.local.clear()
  h.local.insertMany('passages', passageRows())
})

const categories = async (where: object): Promise<unknown[]> =>
  (await h.db.collection('passages').where(where).orderBy('_id', 'asc').get()).data.map((d) => d.category)

describe('advanced-operator.test.ts', () => {
  it('elemMatch › Element Match: a scalar condition matches arrays with an element satisfying it', async () => {
    expect(await categories({ tags: h._.elemMatch(h._.gt(2)) })).toEqual(['number'])
  })

  it('elemMatch › Array of Embedded Documents: a document condition matches on an element field', async () => {
    expect(await categories({ tags: h._.elemMatch({ value: h._.gt(0) }) })).toEqual(['embedded'])
  })

  it('size › size: matches arrays of exactly that length', async () => {
    expect(await categories({ tags: h._.size(2) })).toEqual(['Web', 'Web', 'embedded'])
  })

  it('exists › exists: an array field exists on every document', async () => {
    expect(await categories({ tags: h._.exists(true) })).toHaveLength(PASSAGES.length)
  })

  it('exists › Array of Embedded Documents: exists inside elemMatch looks at element fields', async () => {
    expect(await categories({ tags: h._.elemMatch({ value: h._.exists(true) }) })).toEqual(['embedded'])
  })

  it('mod › Array of Embedded Documents: mod inside elemMatch looks at element fields', async () => {
    expect(await categories({ tags: h._.elemMatch({ value: h._.mod([4, 3]) }) })).toEqual(['embedded'])
  })

  it('jsonSchema › where: a required-field schema matches every document that has the field', async () => {
    const all = await h.db
      .collection('passages')
      .where(h._.jsonSchema({ required: ['category'] }))
      .get()
    expect(all.data).toHaveLength(PASSAGES.length)
    const some = await h.db
      .collection('passages')
      .where(h._.jsonSchema({ required: ['arr'] }))
      .get()
    expect(some.data.map((d) => d.category)).toEqual(['float'])
  })

  it('jsonSchema › nor: nor over a schema every document satisfies matches nothing', async () => {
    const res = await h.db
      .collection('passages')
      .where(h._.nor([h._.jsonSchema({ required: ['category'] })]))
      .get()
    expect(res.data).toHaveLength(0)
  })

  it('浮点数inc › 浮点数inc: inc by a negative fraction adds in floating point', async () => {
    const res = await h.db
      .collection('passages')
      .where({ category: 'float' })
      .update({ data: { index: h._.inc(-0.05) } })
    expect(res.stats.updated).toBe(1)
    const doc = (await h.db.collection('passages').where({ category: 'float' }).get()).data[0]
    expect(doc.index).toBe(0.2 - 0.05)
  })

  it('rename › rename: the field moves to its new name', async () => {
    const res = await h.db
      .collection('passages')
      .where({ category: 'Life' })
      .update({ data: { category: h._.rename('cat') } })
    expect(res.stats.updated).toBe(1)
    const moved = await h.db.collection('passages').where({ cat: 'Life' }).get()
    expect(moved.data.map((d) => [d._id, d.category])).toEqual([['p2', undefined]])
  })
})
