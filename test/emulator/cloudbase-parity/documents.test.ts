// Document writes and dates as CloudBase's own integration tests for its server SDK state them
// (TencentCloudBase/tcb-admin-node, test/database/unit/{date,document,geo,query-date}.test.ts),
// re-expressed through wx-server-sdk against the local cloud. Each test names the upstream
// file › describe › it.
import { type Harness, startHarness } from '../db/harness'

let h: Harness
beforeAll(() => {
  h = startHarness('parity-documents', [
    { name: 'coll', indexes: [] },
    { name: 'dates', indexes: [] },
  ])
})
afterAll(() => h.close())
beforeEach(() => h.local.clear())

const isDate = (v: unknown): v is Date => v instanceof Date

describe('date.test.ts', () => {
  it('Date类型 › Document - CRUD: server dates are stored as dates, offsets and updates included', async () => {
    const date = new Date()
    const offset = 60 * 1000
    const timestamp = Math.floor(Date.now() / 1000)
    const { _id } = await h.db.collection('coll').add({
      data: {
        name: 'test',
        date,
        serverDate1: h.db.serverDate(),
        serverDate2: h.db.serverDate({ offset }),
        emptyArray: [],
        emptyObject: {},
        timestamp: { $timestamp: timestamp },
        foo: { bar: h.db.serverDate({ offset }) },
      },
    })
    let [doc] = (await h.db.collection('coll').where({ _id }).get()).data
    expect(isDate(doc.date) && doc.date.getTime()).toBe(date.getTime())
    expect(isDate((doc.foo as { bar: unknown }).bar)).toBe(true)
    const [d1, d2] = [doc.serverDate1, doc.serverDate2]
    if (!isDate(d1) || !isDate(d2)) throw new Error(`server dates came back as ${typeof d1} and ${typeof d2}`)
    expect(d1.getTime() + offset).toBe(d2.getTime())
    expect(isDate(doc.timestamp) && doc.timestamp.getTime()).toBe(timestamp * 1000)
    expect(doc.emptyArray).toEqual([])
    expect(doc.emptyObject).toEqual({})
    // Stored as dates, so date comparisons find them.
    expect(
      (
        await h.db
          .collection('coll')
          .where({ serverDate1: h._.lte(new Date(Date.now() + 1000)) })
          .get()
      ).data,
    ).toHaveLength(1)

    const newDate = new Date()
    const res = await h.db
      .collection('coll')
      .where({ date: h._.lte(date).and(h._.gte(date)) })
      .update({ data: { date: newDate, serverDate2: h.db.serverDate({ offset: 60 * 60 * 1000 }) } })
    expect(res.stats.updated).toBe(1)
    ;[doc] = (await h.db.collection('coll').where({ _id }).get()).data
    expect(isDate(doc.date) && doc.date.getTime()).toBe(newDate.getTime())
    const [u1, u2] = [doc.serverDate1, doc.serverDate2]
    if (!isDate(u1) || !isDate(u2)) throw new Error('updated server dates are not dates')
    expect(u2.getTime() - u1.getTime()).toBeGreaterThan(60 * 60 * 1000)
    expect((await h.db.collection('coll').doc(_id).remove()).stats.removed).toBe(1)
  })
})

describe('query-date.test.ts', () => {
  const fixed = [1565314149491, 1565314249491, 1565314349491]
  beforeEach(async () => {
    for (const t of fixed) await h.db.collection('dates').add({ data: { date: new Date(t) } })
    await h.db.collection('dates').add({ data: { date: h.db.serverDate() } })
  })

  it('query date › 直接匹配: a date value matches equal dates', async () => {
    expect(
      (
        await h.db
          .collection('dates')
          .where({ date: new Date(fixed[0]) })
          .get()
      ).data,
    ).toHaveLength(1)
  })

  it('query date › eq: eq on a date matches equal dates', async () => {
    expect(
      (
        await h.db
          .collection('dates')
          .where({ date: h._.eq(new Date(fixed[0])) })
          .get()
      ).data,
    ).toHaveLength(1)
  })

  it('query date › gte: lte on a date compares with every stored date, server dates included', async () => {
    expect(
      (
        await h.db
          .collection('dates')
          .where({ date: h._.lte(new Date(fixed[2])) })
          .get()
      ).data,
    ).toHaveLength(3)
    expect(
      (
        await h.db
          .collection('dates')
          .where({ date: h._.gt(new Date(fixed[2])) })
          .get()
      ).data,
    ).toHaveLength(1)
  })
})

describe('document.test.ts', () => {
  it('API - set data in empty document: set on a missing id creates it', async () => {
    const res = await h.db
      .collection('coll')
      .doc('123123123')
      .set({ data: { name: 'jude' } })
    expect(res.stats).toEqual({ updated: 0, created: 1 })
    expect(
      (
        await h.db
          .collection('coll')
          .where({ name: h._.eq('jude') })
          .get()
      ).data,
    ).toHaveLength(1)
  })

  it('API - set data in document existed: set and update each count the document once', async () => {
    const { _id } = await h.db
      .collection('coll')
      .add({ data: { category: 'Web', tags: ['JavaScript', 'C#'] } })
    expect(
      (
        await h.db
          .collection('coll')
          .doc(_id)
          .set({ data: { data: { type: 'set' } } })
      ).stats.updated,
    ).toBe(1)
    const second = await h.db
      .collection('coll')
      .doc(_id)
      .set({ data: { data: { arr: [1, 2, 3], foo: 123 }, array: [0, 0, 0] } })
    expect(second.stats.updated).toBe(1)
    const res = await h.db
      .collection('coll')
      .doc(_id)
      .update({ data: { data: { arr: h._.push([4, 5, 6]), foo: h._.inc(1) }, array: h._.pop() } })
    expect(res.stats.updated).toBe(1)
    expect((await h.db.collection('coll').doc(_id).get()).data).toEqual({
      _id,
      data: { arr: [1, 2, 3, 4, 5, 6], foo: 124 },
      array: [0, 0],
    })
  })

  it('API - remove document that not exist: removes nothing', async () => {
    expect((await h.db.collection('coll').doc('missing').remove()).stats.removed).toBe(0)
  })
})

describe('geo.test.ts', () => {
  it('GEO Point - CRUD: set with the content the document already has still counts it as updated', async () => {
    const initialData = {
      point: h.db.Geo.Point(90, 23),
      array: [
        { string: '99999999', due: new Date('2018-09-01'), geo: h.db.Geo.Point(90, 23) },
        { string: '0000000', null: null },
      ],
    }
    const { _id } = await h.db.collection('coll').add({ data: initialData })
    const res = await h.db.collection('coll').doc(_id).set({ data: initialData })
    expect(res.stats).toEqual({ updated: 1, created: 0 })
  })
})
