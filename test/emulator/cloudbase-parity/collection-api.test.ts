// Collection reads and writes as CloudBase's own integration tests for its server SDK state them
// (TencentCloudBase/tcb-admin-node, test/database/unit/collection.test.ts), re-expressed through
// wx-server-sdk against the local cloud. Each test names the upstream it().
import { type Harness, startHarness } from '../db/harness'

let h: Harness
beforeAll(() => {
  h = startHarness('parity-collection', [{ name: 'coll', indexes: [] }])
})
afterAll(() => h.close())
beforeEach(() => {
  h.local.clear()
  h.local.insertMany('coll', [
    { _id: 'c1', name: 'x' },
    { _id: 'c2', name: 'y' },
    { _id: 'c3', name: 'z' },
  ])
})

describe('collection.test.ts', () => {
  it('API - use limit: limit(1) returns one document', async () => {
    expect((await h.db.collection('coll').limit(1).get()).data).toHaveLength(1)
  })

  it('API - use offset: skip(2) returns the rest', async () => {
    expect((await h.db.collection('coll').skip(2).get()).data).toHaveLength(1)
  })

  it('API - add one doc, update and remove: where().update and where().remove count what they touched', async () => {
    await h.db.collection('coll').add({ data: { name: 'huming' } })
    expect(
      (
        await h.db
          .collection('coll')
          .where({ name: h._.eq('huming') })
          .update({ data: { age: 18 } })
      ).stats.updated,
    ).toBe(1)
    expect(
      (
        await h.db
          .collection('coll')
          .where({ name: h._.eq('huming') })
          .remove()
      ).stats.removed,
    ).toBe(1)
  })

  it('API - add and remove with skip: a remove ignores orderBy and skip and removes every match', async () => {
    const text = 'test for add and remove with skip'
    for (let i = 0; i < 10; i++) await h.db.collection('coll').add({ data: { text } })
    const q = h.db.collection('coll').where({ text }).orderBy('text', 'asc').skip(3)
    expect((await q.remove()).stats.removed).toBe(10)
    expect((await h.db.collection('coll').where({ text }).get()).data).toHaveLength(0)
  })

  it('API - use where: an equality and an empty condition both find documents', async () => {
    await h.db.collection('coll').add({ data: { name: 'aaa' } })
    expect((await h.db.collection('coll').where({ name: 'aaa' }).get()).data).toHaveLength(1)
    expect((await h.db.collection('coll').where({}).get()).data).toHaveLength(4)
  })
})
