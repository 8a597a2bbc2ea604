// Multikey indexes (an indexed field holding arrays indexes each element, as in MongoDB) and
// SQL-side pages and counts: answers stay those of mingo, while the examined counts drop.
import * as fs from 'fs'
import { LocalDatabase } from '../../../emulator/db/local-database'
import type { CollectionDecl } from '../../../emulator/db/types'
import { type Harness, type Row, startHarness } from './harness'

const COLLECTIONS: CollectionDecl[] = [
  {
    name: 'units',
    indexes: [
      { name: 'path', keys: { path: 1 } },
      { name: 'level', keys: { level: 1 } },
      { name: 'role', keys: { 'roles.role': 1 } },
      { name: 'due', keys: { due: 1 } },
      { name: 'rank', keys: { rank: 1 } },
    ],
  },
]

let h: Harness
let examined: number[] = []
beforeAll(() => {
  h = startHarness('multikey', COLLECTIONS)
})
afterAll(() => h.close())
beforeEach(() => {
  h.local.clear()
  examined = []
  h.local.onRequest = (info) => examined.push(info.examined)
})

const ids = (rows: Row[]): unknown[] => rows.map((r) => r._id).sort()
const units = () => h.db.collection('units')

/** 300 villages under 10 townships, plus a few scalar and oddly shaped paths. */
function seedTree(): void {
  const docs: Row[] = []
  for (let i = 0; i < 300; i++) {
    docs.push({
      _id: `v${i}`,
      level: 'village',
      path: ['c', `t${i % 10}`, `v${i}`],
      roles: [{ role: i % 2 ? 'member' : 'secretary' }],
    })
  }
  docs.push({ _id: 's1', level: 'village', path: 't3' }, { _id: 'none', level: 'village' })
  h.local.insertMany('units', docs)
}

describe('multikey indexes', () => {
  it('matches an array element by equality and examines only the documents holding it', async () => {
    seedTree()
    const res = await units().where({ path: 't3' }).limit(1000).get()
    expect(res.data).toHaveLength(31)
    expect(ids(res.data)).toContain('s1')
    expect(examined).toEqual([31])
  })

  it('serves $in over array elements with another indexed condition', async () => {
    seedTree()
    const _ = h._
    const res = await units()
      .where({ path: _.in(['t1', 't2', 'zz']), level: 'village' })
      .limit(1000)
      .get()
    expect(res.data).toHaveLength(60)
    expect(examined).toEqual([60])
    expect(
      (
        await units()
          .where({ path: _.in(['t1', 't2']), level: 'village' })
          .count()
      ).total,
    ).toBe(60)
    expect(examined).toEqual([60, 0])
  })

  it('applies each range operator to any element, as MongoDB does', async () => {
    h.local.insertMany('units', [
      { _id: 'a', rank: [0, 5] },
      { _id: 'b', rank: [2] },
      { _id: 'c', rank: 9 },
      { _id: 'd', rank: 'x' },
    ])
    const _ = h._
    const res = await units()
      .where({ rank: _.gt(1).and(_.lt(3)) })
      .get()
    expect(ids(res.data)).toEqual(['a', 'b'])
  })

  it('indexes dotted paths into arrays of sub-documents', async () => {
    seedTree()
    const res = await units().where({ 'roles.role': 'secretary', path: 't4' }).limit(1000).get()
    expect(res.data).toHaveLength(30)
    expect(examined).toEqual([30])
  })

  it('follows updates that change array contents and removals', async () => {
    seedTree()
    await units()
      .doc('v3')
      .update({ data: { path: ['c', 't9', 'v3'] } })
    expect(ids((await units().where({ path: 't3' }).limit(1000).get()).data)).not.toContain('v3')
    expect(ids((await units().where({ path: 't9' }).limit(1000).get()).data)).toContain('v3')
    await units().where({ path: 't9' }).remove()
    expect((await units().where({ path: 't9' }).count()).total).toBe(0)
    expect((await units().where({ level: 'village' }).count()).total).toBe(271)
  })

  it('keeps side rows of a transaction that commits and drops those of one that aborts', async () => {
    seedTree()
    await h.db.runTransaction(async (tx) => {
      await tx
        .collection('units')
        .doc('v5')
        .set({ data: { level: 'village', path: ['c', 'tx'] } })
    })
    const tx = await h.db.startTransaction()
    await tx.collection('units').add({ data: { _id: 'gone', path: ['tx'] } })
    await tx.rollback()
    expect(ids((await units().where({ path: 'tx' }).get()).data)).toEqual(['v5'])
  })

  it('still finds whole-array and sub-document matches once some value is not indexable', async () => {
    h.local.insertMany('units', [
      { _id: 'a', path: ['x', 'y'] },
      { _id: 'b', path: [{ k: 'x' }] },
      { _id: 'c', path: 'x' },
    ])
    expect(ids((await units().where({ path: 'x' }).get()).data)).toEqual(['a', 'c'])
    expect(
      ids(
        (
          await units()
            .where({ path: ['x', 'y'] })
            .get()
        ).data,
      ),
    ).toEqual(['a'])
  })

  it('builds side rows for existing documents when an index is declared later', () => {
    const file = `${h.dir}/later.sqlite`
    const plain = new LocalDatabase({ file, collections: [{ name: 'units', indexes: [] }] })
    plain.insertMany('units', [
      { _id: 'a', path: ['p', 'q'] },
      { _id: 'b', path: ['q'] },
    ])
    plain.close()
    const indexed = new LocalDatabase({ file, collections: COLLECTIONS })
    const seen: number[] = []
    indexed.onRequest = (info) => seen.push(info.examined)
    void indexed.send('database.getDocument', {
      collectionName: 'units',
      queryType: 'WHERE',
      query: '{"path":"p"}',
      limit: 10,
    })
    expect(seen).toEqual([1])
    expect(indexed.find('units', { path: 'q' }).map((d) => d._id)).toEqual(['a', 'b'])
    indexed.close()
    fs.rmSync(file, { force: true })
  })
})

describe('pages and counts in SQL', () => {
  function seedDue(): void {
    const docs: Row[] = []
    for (let i = 0; i < 200; i++)
      docs.push({
        _id: `d${String(i).padStart(3, '0')}`,
        level: i % 2 ? 'a' : 'b',
        due: new Date(Date.UTC(2024, 0, 1 + ((i * 7) % 60))),
      })
    docs.push({ _id: 'nodue', level: 'a' })
    h.local.insertMany('units', docs)
  }

  it('reads a sorted page examining only the page, in mingo order', async () => {
    seedDue()
    const page = await units()
      .where({ level: 'a' })
      .orderBy('due', 'asc')
      .orderBy('_id', 'asc')
      .skip(5)
      .limit(10)
      .get()
    const all = h.local
      .find('units', { level: 'a' })
      .sort((x, y) => Number(x.due ?? 0) - Number(y.due ?? 0) || String(x._id).localeCompare(String(y._id)))
    expect(page.data.map((d) => d._id)).toEqual(all.slice(5, 15).map((d) => d._id))
    expect(page.data[0]._id).not.toBe('nodue')
    const desc = await units().where({ level: 'a' }).orderBy('due', 'desc').limit(3).get()
    expect(desc.data.map((d) => d._id)).toEqual(
      h.local
        .find('units', { level: 'a' }, { sort: { due: -1 } })
        .slice(0, 3)
        .map((d) => d._id),
    )
    expect(examined).toEqual([10, 3])
  })

  it('counts in SQL when the filter is exact, and falls back once the field holds arrays', async () => {
    seedDue()
    expect((await units().where({ level: 'a' }).count()).total).toBe(101)
    expect(examined).toEqual([0])
    h.local.insertMany('units', [{ _id: 'arr', level: ['a', 'z'] }])
    expect((await units().where({ level: 'a' }).count()).total).toBe(102)
  })

  it('sorts in JS when a column mixes kinds, keeping MongoDB type order', async () => {
    h.local.insertMany('units', [
      { _id: 'n', rank: 2 },
      { _id: 's', rank: 'b' },
      { _id: 'm', rank: 1 },
      { _id: 'z' },
    ])
    const res = await units().orderBy('rank', 'asc').get()
    expect(res.data.map((d) => d._id)).toEqual(['z', 'm', 'n', 's'])
  })
})
