// Update operators and the remaining query operators of CloudBase's own integration tests for its
// server SDK (TencentCloudBase/tcb-admin-node, test/database/unit/advanced-operator.test.ts),
// re-expressed through wx-server-sdk against the local cloud. Each test names the upstream describe › it.
import { type Harness, type Row, startHarness } from '../db/harness'
import { passageRows } from './passages'

let h: Harness
beforeAll(() => {
  h = startHarness('parity-updates', [{ name: 'passages', indexes: [] }])
})
afterAll(() => h.close())

beforeEach(() => {
  h.local.clear()
  h.local.insertMany('passages', passageRows())
})

/** Updates the one document of `category` and returns it as stored afterwards. */
const updateOne = async (category: string, update: object): Promise<Row> => {
  const res = await h.db.collection('passages').where({ category }).update({ data: update })
  expect(res.stats.updated).toBe(1)
  return (await h.db.collection('passages').where({ category }).get()).data[0]
}
const count = async (where: object): Promise<number> =>
  (await h.db.collection('passages').where(where).get()).data.length

describe('advanced-operator.test.ts', () => {
  it('operator › addToSet: adds a missing element', async () => {
    expect((await updateOne('Life', { tags: h._.addToSet('Java') })).tags).toEqual([
      'Go',
      'Python',
      'JavaScript',
      'Java',
    ])
  })

  it('operator › pullAll: removes every listed value', async () => {
    expect((await updateOne('Life', { tags: h._.pullAll(['Go']) })).tags).toEqual(['Python', 'JavaScript'])
  })

  it('pull › pull: removes a value', async () => {
    expect((await updateOne('Life', { tags: h._.pull('Go') })).tags).toEqual(['Python', 'JavaScript'])
  })

  it('pull › pull with _.in: removes values matching a condition', async () => {
    expect((await updateOne('Life', { tags: h._.pull(h._.in(['Go', 'Python'])) })).tags).toEqual([
      'JavaScript',
    ])
  })

  it('pull › pull多个字段: pulls from two fields at once', async () => {
    const doc = await updateOne('Life', { tags: h._.pull(h._.in(['Go', 'Python'])), tags2: h._.pull(1) })
    expect([doc.tags, doc.tags2]).toEqual([['JavaScript'], [2, 3]])
  })

  it('pull › pull with _.gte: removes values by comparison', async () => {
    expect((await updateOne('number', { tags: h._.pull(h._.gte(5)) })).tags).toEqual([1, 2, 3, 4])
  })

  it('all › all: matches arrays holding every listed value', async () => {
    expect(await count({ tags: h._.all(['Go']) })).toBe(3)
  })

  it('max › max: raises a field to the given value', async () => {
    expect((await updateOne('Life', { index: h._.max(100) })).index).toBe(100)
  })

  it('max › min: lowers a field to the given value', async () => {
    expect((await updateOne('Life', { index: h._.min(0) })).index).toBe(0)
  })

  it('push › push array: appends each element', async () => {
    expect((await updateOne('Life', { tags2: h._.push([1, 2, 3]) })).tags2).toEqual([1, 2, 3, 1, 2, 3])
  })

  it('push › push single item: appends one value', async () => {
    expect((await updateOne('Life', { tags2: h._.push(1) })).tags2).toEqual([1, 2, 3, 1])
  })

  it('push › push multiple item: appends several values', async () => {
    expect((await updateOne('Life', { tags2: h._.push(1, 2, 3) })).tags2).toEqual([1, 2, 3, 1, 2, 3])
  })

  it('push › push with options: each, sort and slice', async () => {
    expect(
      (await updateOne('Life', { tags2: h._.push({ each: [4, 5, 6], sort: -1, slice: 3 }) })).tags2,
    ).toEqual([6, 5, 4])
  })

  it('not › match with gt: matches what the condition does not', async () => {
    expect(await count({ index: h._.not(h._.gt(1)) })).toBe(3)
  })

  it('remove数组内 › 浮点数inc: remove() on an array element leaves null in its place, on a field inside an element drops it', async () => {
    const doc = await updateOne('float', { arr: { 0: { subObj: h._.remove() }, 1: h._.remove() } })
    const arr = doc.arr as unknown[]
    expect(arr[1]).toBeNull()
    expect(arr[0]).toEqual({ name: 'A' })
    expect(arr).toHaveLength(3)
  })

  it('expr › with gte: an aggregation expression as a query', async () => {
    const $ = (h._ as unknown as { aggregate: { gte(a: unknown[]): unknown } }).aggregate
    expect(
      (
        await h.db
          .collection('passages')
          .where(h._.expr($.gte(['$index', 3])))
          .get()
      ).data,
    ).toHaveLength(2)
  })
})
