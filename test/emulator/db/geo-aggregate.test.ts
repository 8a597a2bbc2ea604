// Geo queries and aggregation pipelines through the real wx-server-sdk.
import { type Harness, startHarness } from './harness'

let h: Harness
beforeAll(() => {
  h = startHarness('geo-aggregate')
})
afterAll(() => h.close())
beforeEach(() => h.local.clear())

type Row = Record<string, unknown>
const EARTH_KM = 6378.1

describe('geo', () => {
  const point = (lng: number, lat: number): unknown => h.db.Geo.Point(lng, lat)
  beforeEach(async () => {
    // Around Tiananmen: ~0.85 km, ~4.3 km and ~51 km east of the centre.
    await h.db.collection('places').add({
      data: [
        { _id: 'far', loc: point(117.0, 39.9) },
        { _id: 'near', loc: point(116.41, 39.9) },
        { _id: 'mid', loc: point(116.45, 39.9), kind: 'shop' },
        { _id: 'none', kind: 'shop' },
      ] as unknown as Row,
    })
  })
  const center = (): unknown => point(116.4, 39.9)
  const idsOf = (rows: Row[]): unknown[] => rows.map((r) => r._id)

  it('stores GeoJSON points and returns them as db.Geo.Point', async () => {
    expect(h.local.find('places', { _id: 'near' })[0].loc).toEqual({
      type: 'Point',
      coordinates: [116.41, 39.9],
    })
    const res = await h.db.collection('places').doc('near').get()
    expect(res.data.loc).toMatchObject({ longitude: 116.41, latitude: 39.9 })
  })

  it('geoNear returns points nearest first', async () => {
    const res = await h.db
      .collection('places')
      .where({ loc: h._.geoNear({ geometry: center() as never }) })
      .get()
    expect(idsOf(res.data)).toEqual(['near', 'mid', 'far'])
  })

  it('geoNear honours maxDistance and minDistance in meters', async () => {
    const within5km = await h.db
      .collection('places')
      .where({ loc: h._.geoNear({ geometry: center() as never, maxDistance: 5000 }) })
      .get()
    expect(idsOf(within5km.data)).toEqual(['near', 'mid'])
    const beyond1km = await h.db
      .collection('places')
      .where({ loc: h._.geoNear({ geometry: center() as never, minDistance: 1000 }) })
      .get()
    expect(idsOf(beyond1km.data)).toEqual(['mid', 'far'])
  })

  it('geoWithin a polygon', async () => {
    const { Polygon, LineString } = h.db.Geo as unknown as Record<string, (...a: unknown[]) => unknown>
    const ring = LineString([
      point(116.3, 39.85),
      point(116.42, 39.85),
      point(116.42, 39.95),
      point(116.3, 39.95),
      point(116.3, 39.85),
    ])
    const res = await h.db
      .collection('places')
      .where({ loc: h._.geoWithin({ geometry: Polygon([ring]) as never }) })
      .get()
    expect(idsOf(res.data)).toEqual(['near'])
  })

  it('geoWithin a centerSphere (radius in radians)', async () => {
    const res = await h.db
      .collection('places')
      .where({ loc: h._.geoWithin({ centerSphere: [center(), 10 / EARTH_KM] } as never) })
      .orderBy('_id', 'asc')
      .get()
    expect(idsOf(res.data)).toEqual(['mid', 'near'])
  })

  it('aggregate geoNear adds the distance, filters by query and sorts nearest first', async () => {
    const res = await h.db
      .collection('places')
      .aggregate()
      .geoNear({
        near: center(),
        distanceField: 'dist',
        spherical: true,
        query: { kind: 'shop' },
        key: 'loc',
      })
      .end()
    const list = res.list as Row[]
    expect(list.map((r) => r._id)).toEqual(['mid'])
    expect(list[0].dist as number).toBeGreaterThan(4000)
    expect(list[0].dist as number).toBeLessThan(4500)
  })
})

describe('aggregate', () => {
  beforeEach(() => {
    h.local.insertMany('users', [
      { _id: 'u1', name: 'Li' },
      { _id: 'u2', name: 'Wang' },
    ])
    h.local.insertMany('orders', [
      { _id: 'o1', userId: 'u1', amount: 10, items: ['a', 'b'] },
      { _id: 'o2', userId: 'u1', amount: 5.5, items: ['c'] },
      { _id: 'o3', userId: 'u2', amount: 7, items: [] },
    ])
  })
  const agg = () => h.db.collection('orders').aggregate()
  const $ = () => (h._ as unknown as { aggregate: Record<string, (...a: unknown[]) => unknown> }).aggregate

  it('match + group sums numbers (wire numbers are parsed relaxed, not as $numberInt wrappers)', async () => {
    const res = await agg()
      .match({ amount: h._.gt(1) })
      .group({ _id: '$userId', total: $().sum('$amount'), n: $().sum(1) })
      .sort({ _id: 1 })
      .end()
    expect(res.list).toEqual([
      { _id: 'u1', total: 15.5, n: 2 },
      { _id: 'u2', total: 7, n: 1 },
    ])
  })

  it('project, sort, skip and limit', async () => {
    const res = await agg()
      .project({ _id: 0, userId: 1, double: $().multiply(['$amount', 2]) })
      .sort({ double: -1 })
      .skip(1)
      .limit(1)
      .end()
    // doubles: o1 20, o3 14, o2 11 -> second in descending order
    expect(res.list).toEqual([{ userId: 'u2', double: 14 }])
  })

  it('lookup joins another collection', async () => {
    const res = await agg()
      .match({ _id: 'o3' })
      .lookup({ from: 'users', localField: 'userId', foreignField: '_id', as: 'user' })
      .end()
    expect(res.list).toEqual([
      { _id: 'o3', userId: 'u2', amount: 7, items: [], user: [{ _id: 'u2', name: 'Wang' }] },
    ])
  })

  it('unwind then count', async () => {
    const res = await agg().unwind('$items').count('n').end()
    expect(res.list).toEqual([{ n: 3 }])
  })

  it('count over no input yields no document, as in MongoDB', async () => {
    const res = await agg()
      .match({ amount: h._.gt(1000) })
      .count('n')
      .end()
    expect(res.list).toEqual([])
  })

  it('addFields', async () => {
    const res = await agg()
      .match({ _id: 'o1' })
      .addFields({ big: $().gte(['$amount', 10]) })
      .project({ big: 1 })
      .end()
    expect(res.list).toEqual([{ _id: 'o1', big: true }])
  })

  it('fails like the service for an undeclared collection', async () => {
    await expect(h.db.collection('ghosts').aggregate().match({}).end()).rejects.toMatchObject({
      errCode: -502005,
    })
  })
})
