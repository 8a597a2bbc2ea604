// The durable side: reopening a file, runtime collections, index columns added later, the
// collections.json loader and what the SQLite file looks like.
import * as fs from 'fs'
import * as path from 'path'
import Database from 'better-sqlite3'
import { LocalDatabase, loadCollections } from '../../../emulator/db/local-database'
import type { CollectionDecl } from '../../../emulator/db/types'
import { tempDir } from './harness'

let dir: string
let file: string
beforeEach(() => {
  dir = tempDir('storage')
  file = path.join(dir, 'db.sqlite')
})
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }))

const plain: CollectionDecl[] = [{ name: 'things', indexes: [] }]

it('keeps documents, Dates and nested values across a close and reopen', () => {
  const a = new LocalDatabase({ file, collections: plain })
  a.insertMany('things', [
    { _id: 't', at: new Date('2024-05-06T07:08:09Z'), deep: { list: [1, { x: 'y' }] }, re: /ab+c/i },
  ])
  a.close()
  const b = new LocalDatabase({ file, collections: plain })
  expect(b.find('things')).toEqual([
    { _id: 't', at: new Date('2024-05-06T07:08:09Z'), deep: { list: [1, { x: 'y' }] }, re: /ab+c/i },
  ])
  b.close()
})

it('uses WAL journaling with synchronous=NORMAL', () => {
  new LocalDatabase({ file, collections: plain }).close()
  const raw = new Database(file)
  expect(raw.pragma('journal_mode', { simple: true })).toBe('wal')
  raw.close()
})

it('remembers collections created at runtime', async () => {
  const a = new LocalDatabase({ file, collections: plain })
  const res = await a.send('database.addCollection', { collectionName: 'later' })
  expect(res.code).toBeUndefined()
  a.insertMany('later', [{ v: 1 }])
  a.close()
  const b = new LocalDatabase({ file, collections: plain })
  expect(b.collectionNames()).toEqual(['later', 'things'])
  expect(b.count('later')).toBe(1)
  b.close()
})

it('backfills an index declared after documents exist, and uses it', async () => {
  const a = new LocalDatabase({ file, collections: plain })
  a.insertMany(
    'things',
    Array.from({ length: 50 }, (_, i) => ({ code: `c${i}` })),
  )
  a.close()
  const withIndex: CollectionDecl[] = [
    { name: 'things', indexes: [{ name: 'code', keys: { code: 1 }, unique: true }] },
  ]
  const b = new LocalDatabase({ file, collections: withIndex })
  const examined: number[] = []
  b.onRequest = (info) => examined.push(info.examined)
  const res = await b.send('database.getDocument', {
    collectionName: 'things',
    queryType: 'WHERE',
    query: '{"code":"c7"}',
    limit: 10,
  })
  expect((res.data?.list as string[]).length).toBe(1)
  expect(examined).toEqual([1])
  b.close()
})

it('refuses to start when a newly declared unique index conflicts with stored documents', () => {
  const a = new LocalDatabase({ file, collections: plain })
  a.insertMany('things', [{ code: 'x' }, { code: 'x' }])
  a.close()
  const unique: CollectionDecl[] = [
    { name: 'things', indexes: [{ name: 'code', keys: { code: 1 }, unique: true }] },
  ]
  expect(() => new LocalDatabase({ file, collections: unique })).toThrow(
    /cannot create index "code" on "things"/,
  )
})

it('reports per-request metrics through onRequest', async () => {
  const a = new LocalDatabase({ file, collections: plain })
  a.insertMany('things', [{ k: 1 }, { k: 2 }, { k: 3 }])
  const infos: unknown[] = []
  a.onRequest = (info) => infos.push({ ...info, ms: typeof info.ms })
  await a.send('database.getDocument', {
    collectionName: 'things',
    queryType: 'WHERE',
    query: '{"k":{"$gte":2}}',
    limit: 1,
  })
  await a.send('database.getDocument', { collectionName: 'nowhere', queryType: 'WHERE', limit: 1 })
  expect(infos).toEqual([
    {
      action: 'database.getDocument',
      collection: 'things',
      examined: 2,
      returned: 1,
      ms: 'number',
      ok: true,
    },
    {
      action: 'database.getDocument',
      collection: 'nowhere',
      examined: 0,
      returned: 0,
      ms: 'number',
      ok: false,
    },
  ])
  a.close()
})

it('answers malformed requests with a code instead of throwing', async () => {
  const a = new LocalDatabase({ file, collections: plain })
  expect(await a.send('database.getDocument', {})).toMatchObject({ code: 'INVALID_PARAM' })
  expect(
    await a.send('database.getDocument', { collectionName: 'things', query: '{"a":{"$bogus":1}}' }),
  ).toMatchObject({ code: 'DATABASE_REQUEST_FAILED' })
  expect(await a.send('database.nope', {})).toMatchObject({ code: 'DATABASE_REQUEST_FAILED' })
  expect(await a.send('database.commitTransaction', { transactionId: 'missing' })).toMatchObject({
    code: 'DATABASE_TRANSACTION_FAIL',
  })
  a.close()
})

it('loads database/collections.json, skipping "$" keys', () => {
  const decls = loadCollections()
  expect(decls.length).toBeGreaterThan(0)
  expect(decls.some((d) => d.name.startsWith('$'))).toBe(false)
  for (const d of decls)
    for (const ix of d.indexes) expect(Object.values(ix.keys).every((v) => v === 1 || v === -1)).toBe(true)
})
