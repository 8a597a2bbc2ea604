// Writes through the real wx-server-sdk: add, doc get/set/update/remove, multi update/remove,
// every db.command update operator, serverDate, undeclared collections and unique indexes.
import { failure, type Harness, type SdkDb, startHarness } from './harness'

let h: Harness
beforeAll(() => {
  h = startHarness('writes')
})
afterAll(() => h.close())
beforeEach(() => h.local.clear())

type Row = Record<string, unknown>
const one = (id: string): Row => h.local.find('items', { _id: id })[0]

describe('add', () => {
  it('generates a 32-hex-character _id on the server', async () => {
    const res = await h.db.collection('items').add({ data: { sku: 'x', n: 1 } })
    expect(res._id).toMatch(/^[0-9a-f]{32}$/)
    expect(one(res._id as string)).toEqual({ _id: res._id, sku: 'x', n: 1 })
  })

  it('adds an array of documents and returns their ids in order', async () => {
    const res = (await h.db
      .collection('items')
      .add({ data: [{ sku: 'a' }, { sku: 'b' }] as unknown as Row })) as unknown as { _ids: string[] }
    expect(res._ids).toHaveLength(2)
    expect(h.local.find('items').map((d) => [d._id, d.sku])).toEqual([
      [res._ids[0], 'a'],
      [res._ids[1], 'b'],
    ])
  })

  it('keeps a caller-chosen _id and refuses a second document with it', async () => {
    await h.db.collection('items').add({ data: { _id: 'mine', sku: 'a' } })
    const err = await failure(h.db.collection('items').add({ data: { _id: 'mine', sku: 'b' } }))
    expect(err.message).toMatch(/E11000 duplicate key/)
    expect(h.local.find('items')).toEqual([{ _id: 'mine', sku: 'a' }])
  })
})

describe('doc()', () => {
  beforeEach(() => h.local.insertMany('items', [{ _id: 'd1', sku: 's1', n: 1, keep: true }]))

  it('get() of a missing id fails with "does not exist" (the service returns an empty list)', async () => {
    const err = await failure(h.db.collection('items').doc('nope').get())
    expect(err.message).toMatch(/document with _id nope does not exist/)
  })

  it('get() of a missing id yields data: null when throwOnNotFound is false', async () => {
    const db = h.cloud.database({ throwOnNotFound: false } as never) as unknown as SdkDb
    expect((await db.collection('items').doc('nope').get()).data).toBeNull()
  })

  it('update() of a missing doc reports updated: 0 and creates nothing', async () => {
    const res = await h.db
      .collection('items')
      .doc('nope')
      .update({ data: { n: 2 } })
    expect(res.stats.updated).toBe(0)
    expect(h.local.count('items')).toBe(1)
  })

  it('update() merges fields and reports updated: 1', async () => {
    const res = await h.db
      .collection('items')
      .doc('d1')
      .update({ data: { n: 2, extra: { a: 1 } } })
    expect(res.stats.updated).toBe(1)
    expect(one('d1')).toEqual({ _id: 'd1', sku: 's1', n: 2, keep: true, extra: { a: 1 } })
  })

  it('update() that changes nothing reports updated: 0 (MongoDB modifiedCount)', async () => {
    expect(
      (
        await h.db
          .collection('items')
          .doc('d1')
          .update({ data: { n: 1 } })
      ).stats.updated,
    ).toBe(0)
  })

  it('set() replaces the whole document but keeps its _id', async () => {
    const res = await h.db
      .collection('items')
      .doc('d1')
      .set({ data: { sku: 's1', fresh: 1 } })
    expect(res.stats).toEqual({ updated: 1, created: 0 })
    expect(one('d1')).toEqual({ _id: 'd1', sku: 's1', fresh: 1 })
  })

  it('set() of a missing id creates the document (upsert)', async () => {
    const res = await h.db
      .collection('items')
      .doc('new')
      .set({ data: { sku: 's2' } })
    expect(res._id).toBe('new')
    expect(res.stats).toEqual({ updated: 0, created: 1 })
    expect(one('new')).toEqual({ _id: 'new', sku: 's2' })
  })

  it('remove() deletes the document and reports removed: 1, then 0', async () => {
    expect((await h.db.collection('items').doc('d1').remove()).stats.removed).toBe(1)
    expect((await h.db.collection('items').doc('d1').remove()).stats.removed).toBe(0)
    expect(h.local.count('items')).toBe(0)
  })
})

describe('where().update / where().remove', () => {
  beforeEach(() =>
    h.local.insertMany('items', [
      { _id: '1', sku: 'a', cat: 'x', n: 1 },
      { _id: '2', sku: 'b', cat: 'x', n: 2 },
      { _id: '3', sku: 'c', cat: 'y', n: 3 },
    ]),
  )

  it('updates every matching document', async () => {
    const res = await h.db
      .collection('items')
      .where({ cat: 'x' })
      .update({ data: { n: h._.inc(10) } })
    expect(res.stats.updated).toBe(2)
    expect(h.local.find('items').map((d) => d.n)).toEqual([11, 12, 3])
  })

  it('removes every matching document', async () => {
    const res = await h.db
      .collection('items')
      .where({ n: h._.gte(2) })
      .remove()
    expect(res.stats.removed).toBe(2)
    expect(h.local.find('items').map((d) => d._id)).toEqual(['1'])
  })
})

describe('update operators (db.command)', () => {
  const base = {
    _id: 'u',
    arr: [1, 2, 3, 4],
    set: ['a'],
    n: 10,
    sub: { a: 1, b: 2 },
    gone: 1,
    old: 'v',
    d: new Date('2024-01-01'),
  }
  beforeEach(() => h.local.insertMany('items', [structuredClone(base)]))
  const apply = async (data: Row): Promise<Row> => {
    await h.db.collection('items').doc('u').update({ data })
    return one('u')
  }

  it('inc and mul', async () =>
    expect(await apply({ n: h._.inc(5), m: h._.mul(3) })).toMatchObject({ n: 15, m: 0 }))
  it('set replaces a sub-document wholesale', async () =>
    expect((await apply({ sub: h._.set({ c: 3 }) })).sub).toEqual({ c: 3 }))
  it('a plain nested object only sets the given paths', async () =>
    expect((await apply({ sub: { c: 3 } })).sub).toEqual({ a: 1, b: 2, c: 3 }))
  it('remove() unsets a field', async () =>
    expect(await apply({ gone: h._.remove() })).not.toHaveProperty('gone'))
  it('push appends values', async () =>
    expect((await apply({ arr: h._.push([5, 6]) })).arr).toEqual([1, 2, 3, 4, 5, 6]))
  it('push with each/position/slice', async () =>
    expect((await apply({ arr: h._.push({ each: [8, 9], position: 1, slice: 4 }) })).arr).toEqual([
      1, 8, 9, 2,
    ]))
  it('pull removes matching values, including by condition', async () =>
    expect((await apply({ arr: h._.pull(h._.gt(2)) })).arr).toEqual([1, 2]))
  it('pullAll removes all listed values', async () =>
    expect((await apply({ arr: h._.pullAll([1, 3]) })).arr).toEqual([2, 4]))
  it('addToSet adds only missing values; several with $each (the SDK passes the object through)', async () => {
    expect((await apply({ set: h._.addToSet('a') })).set).toEqual(['a'])
    expect((await apply({ set: h._.addToSet({ $each: ['a', 'b', 'c'] }) })).set).toEqual(['a', 'b', 'c'])
  })
  it('pop removes the last element, shift the first', async () => {
    expect((await apply({ arr: h._.pop() })).arr).toEqual([1, 2, 3])
    expect((await apply({ arr: h._.shift() })).arr).toEqual([2, 3])
  })
  it('unshift prepends values', async () =>
    expect((await apply({ arr: h._.unshift([0, 0.5]) })).arr).toEqual([0, 0.5, 1, 2, 3, 4]))
  it('min and max keep the smaller / larger value', async () => {
    expect(await apply({ n: h._.min(3) })).toMatchObject({ n: 3 })
    expect(await apply({ n: h._.max(7), d: h._.max(new Date('2025-01-01')) })).toMatchObject({
      n: 7,
      d: new Date('2025-01-01'),
    })
  })
  it('rename moves a field', async () => {
    const doc = await apply({ old: h._.rename('fresh') })
    expect(doc).toMatchObject({ fresh: 'v' })
    expect(doc).not.toHaveProperty('old')
  })
})

describe('serverDate', () => {
  it('stores the server clock, with offset, on add and update', async () => {
    const before = Date.now()
    const serverDate = h.db.serverDate as unknown as (o?: { offset: number }) => unknown
    const { _id } = await h.db
      .collection('items')
      .add({ data: { at: serverDate(), later: serverDate({ offset: 60_000 }) } })
    const doc = one(_id as string)
    expect(doc.at).toBeInstanceOf(Date)
    expect((doc.at as Date).getTime()).toBeGreaterThanOrEqual(before)
    expect((doc.later as Date).getTime() - (doc.at as Date).getTime()).toBeGreaterThanOrEqual(59_000)
    await h.db
      .collection('items')
      .doc(_id as string)
      .update({ data: { touched: serverDate() } })
    expect(one(_id as string).touched).toBeInstanceOf(Date)
  })

  it('can be compared against in a query', async () => {
    h.local.insertMany('items', [
      { _id: 'past', at: new Date(0) },
      { _id: 'future', at: new Date(Date.now() + 3_600_000) },
    ])
    const serverDate = h.db.serverDate as unknown as () => unknown
    const res = await h.db
      .collection('items')
      .where({ at: h._.lt(serverDate()) })
      .get()
    expect(res.data.map((d: Row) => d._id)).toEqual(['past'])
  })
})

describe('collections', () => {
  it('refuses writes to an undeclared collection with -502005 and creates nothing', async () => {
    const before = h.local.collectionNames()
    const err = await failure(h.db.collection('ghosts').add({ data: { a: 1 } }))
    expect(err.errCode).toBe(-502005)
    expect(err.message).toMatch(/collection not exists/)
    expect(h.local.collectionNames()).toEqual(before)
  })

  it('refuses reads of an undeclared collection the same way', async () => {
    expect((await failure(h.db.collection('ghosts').where({ a: 1 }).get())).errCode).toBe(-502005)
  })

  it('createCollection makes a collection usable at once, and fails the second time', async () => {
    await h.db.createCollection('runtime_made')
    await h.db.collection('runtime_made').add({ data: { a: 1 } })
    expect(h.local.count('runtime_made')).toBe(1)
    await failure(h.db.createCollection('runtime_made'))
  })
})

describe('unique indexes', () => {
  beforeEach(() =>
    h.local.insertMany('items', [
      { _id: 'a', sku: 'S1' },
      { _id: 'b', sku: 'S2' },
    ]),
  )

  it('refuses a duplicate key on add and writes nothing, even for the other documents', async () => {
    const before = h.local.snapshot()
    const err = await failure(
      h.db.collection('items').add({ data: [{ sku: 'S3' }, { sku: 'S1' }] as unknown as Row }),
    )
    expect(err.message).toMatch(/E11000 duplicate key error collection: items index: sku/)
    expect(h.local.snapshot()).toEqual(before)
  })

  it('refuses an update that would duplicate a key and leaves every document unchanged', async () => {
    const before = h.local.snapshot()
    await failure(
      h.db
        .collection('items')
        .where({ sku: h._.in(['S1', 'S2']) })
        .update({ data: { sku: 'SAME' } }),
    )
    expect(h.local.snapshot()).toEqual(before)
  })

  it('accepts a key freed by a delete', async () => {
    await h.db.collection('items').doc('a').remove()
    await h.db.collection('items').add({ data: { sku: 'S1' } })
    expect(h.local.count('items', { sku: 'S1' })).toBe(1)
  })
})
