// Wire contract: what wx-server-sdk 4.0.2 (@cloudbase/database 1.4.3) sends for a fixed script of
// calls, compared with a committed snapshot. An SDK upgrade that changes the protocol fails here.
// Regenerate deliberately with UPDATE_WIRE=1 after checking the local database still fits.
import * as fs from 'fs'
import * as path from 'path'
import { type Harness, startHarness } from './harness'

const FIXTURE = path.join(__dirname, '__fixtures__', 'wire-contract.json')

interface Sent {
  action: string
  params: unknown
}

let h: Harness
const sent: Sent[] = []
const failed: Array<{ action: string; code?: string; message?: string }> = []

beforeAll(() => {
  h = startHarness('wire')
  const original = h.local.send.bind(h.local)
  h.local.send = async (action, params) => {
    sent.push({ action, params: structuredClone(params) })
    const res = await original(action, params)
    if (res.code) failed.push({ action, code: res.code, message: res.message })
    return res
  }
})
afterAll(() => h.close())

/** Replace values that differ between runs (transaction ids) with placeholders. */
function normalise(value: unknown, key = ''): unknown {
  if (key === 'transactionId' && typeof value === 'string') return '<transactionId>'
  if (Array.isArray(value)) return value.map((v) => normalise(v))
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {}
    for (const [k, v] of Object.entries(value)) out[k] = normalise(v, k)
    return out
  }
  return value
}

async function script(): Promise<void> {
  const { db, _ } = h
  const items = db.collection('items')
  const serverDate = db.serverDate as unknown as (o?: { offset: number }) => unknown
  const $ = (_ as unknown as { aggregate: Record<string, (...a: unknown[]) => unknown> }).aggregate
  await items.add({
    data: {
      _id: 'w1',
      sku: 'W1',
      n: 1,
      f: 1.5,
      at: new Date('2024-01-02T03:04:05Z'),
      now: serverDate({ offset: 1000 }),
      loc: db.Geo.Point(116.4, 39.9),
      tags: ['a'],
    },
  })
  await items.add({
    data: [
      { _id: 'w2', sku: 'W2' },
      { _id: 'w3', sku: 'W3' },
    ] as never,
  })
  await items
    .where({ meta: { color: 'red' }, n: _.gt(0).and(_.lt(10)), sku: _.in(['W1', 'W2']), name: /x/i })
    .orderBy('n', 'desc')
    .orderBy('sku', 'asc')
    .skip(2)
    .limit(5)
    .field({ sku: true })
    .get()
  await items.get()
  await items.limit(5000).get()
  await items.where({ n: _.gte(1) }).count()
  await items.doc('w1').get()
  await items.doc('w1').field({ n: true }).get()
  await items.doc('w1').update({
    data: {
      n: _.inc(1),
      tags: _.push({ each: ['b'], position: 0, slice: 5 }),
      sub: { a: 1 },
      gone: _.remove(),
      s: _.addToSet('x'),
      p: _.pull(_.eq('a')),
      pa: _.pullAll(['z']),
      q: _.pop(),
      r: _.shift(),
      u: _.unshift(['y']),
      m: _.mul(2),
      lo: _.min(0),
      hi: _.max(9),
      rn: _.rename('renamed'),
      whole: _.set({ k: 1 }),
      t: serverDate(),
    },
  })
  await items.doc('w9').set({ data: { sku: 'W9' } })
  await items.doc('w9').remove()
  await items.where({ sku: 'W2' }).update({ data: { n: 2 } })
  await items.where({ sku: 'W3' }).remove()
  await items
    .where({
      loc: _.geoNear({ geometry: db.Geo.Point(116.4, 39.9) as never, maxDistance: 1000, minDistance: 0 }),
    })
    .get()
  await items.where({ loc: _.geoWithin({ centerSphere: [db.Geo.Point(116.4, 39.9), 0.01] } as never) }).get()
  await items
    .aggregate()
    .match({ n: _.gt(0) })
    .group({ _id: '$sku', total: $.sum('$n') })
    .project({ total: 1 })
    .sort({ total: -1 })
    .skip(0)
    .limit(10)
    .end()
  await db
    .collection('orders')
    .aggregate()
    .lookup({ from: 'users', localField: 'userId', foreignField: '_id', as: 'u' })
    .unwind('$u')
    .addFields({ x: 1 })
    .count('n')
    .end()
  await items
    .aggregate()
    .geoNear({ near: db.Geo.Point(116.4, 39.9), distanceField: 'd', spherical: true, query: { sku: 'W1' } })
    .end()
  await db.runTransaction(async (tx: { collection(n: string): typeof items }) => {
    await tx.collection('items').doc('w1').get()
    await tx
      .collection('items')
      .doc('w1')
      .update({ data: { n: 5 } })
    await tx.collection('items').add({ data: { _id: 'tx1', sku: 'TX1' } })
    await tx
      .collection('items')
      .doc('tx1')
      .set({ data: { sku: 'TX1b' } })
    await tx.collection('items').where({ sku: 'TX1b' }).get()
    await tx.collection('items').doc('tx1').remove()
  })
  const t = (await db.startTransaction()) as { rollback(): Promise<unknown> }
  await t.rollback()
  await db.createCollection('made_at_runtime')
}

it('sends exactly the recorded wire requests for a fixed script of SDK calls', async () => {
  await script()
  const actual = normalise(sent)
  if (process.env.UPDATE_WIRE === '1') {
    fs.mkdirSync(path.dirname(FIXTURE), { recursive: true })
    fs.writeFileSync(FIXTURE, `${JSON.stringify(actual, null, 2)}\n`)
  }
  if (!fs.existsSync(FIXTURE)) throw new Error(`missing ${FIXTURE}: run once with UPDATE_WIRE=1 to record it`)
  expect(actual).toEqual(JSON.parse(fs.readFileSync(FIXTURE, 'utf8')))
})

it('the local database accepted every request of the script', () => {
  expect(failed).toEqual([])
})
