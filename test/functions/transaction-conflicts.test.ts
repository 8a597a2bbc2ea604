// The conflict path CloudBase gives the product's transactions: a write to a document another
// open transaction wrote (or that was committed since this one began) is refused at once. wx-server-sdk
// wraps that error (errCode -501001, no `code`), so its runTransaction does not retry it; the
// product's own wrapper must, and every concurrent caller must still end correctly.
import { startLocalCloud, type RunningCloud } from '../helpers/local-cloud'
import { bumpCoverage } from '../../cloudfunctions/src/shared/visit-coverage'
import { addGrants, takeGrant } from '../../cloudfunctions/src/shared/notify-grants'
import type { Database } from '../../cloudfunctions/src/shared/db-types'

let run: RunningCloud
let db: Database

beforeAll(async () => {
  run = await startLocalCloud({ http: false, seed: 'none' })
  const cloud = require('wx-server-sdk') as { init(o: object): void; database(o?: object): unknown }
  cloud.init({})
  db = cloud.database({ throwOnNotFound: false }) as Database
})
afterAll(() => run.stop())

const now = new Date('2026-11-20T02:00:00Z')

describe('transactions under concurrent callers', () => {
  test('concurrent first visits of one household each count once, with distinct "visits before"', async () => {
    const base = { householdId: 'h1', villageId: 'v1', townshipId: 't1', period: '2026-11', lastVisitAt: now }
    const before = await Promise.all(['a', 'b', 'c', 'd'].map((v) => bumpCoverage(db, base, `visit-${v}`)))
    expect([...before].sort()).toEqual([0, 1, 2, 3])
    const doc = run.cloud.db.find('visit_coverage', { _id: 'h1_2026-11' })[0]
    expect(doc.visits).toBe(4)
    expect([...(doc.visitIds as string[])].sort()).toEqual(['visit-a', 'visit-b', 'visit-c', 'visit-d'])
  })

  test('a caller kept out by a transaction that holds the document gets a clear conflict error and changes nothing', async () => {
    const starter = db as unknown as {
      startTransaction(): Promise<{
        collection(n: string): { doc(id: string): { set(o: object): Promise<unknown> } }
        rollback(): Promise<unknown>
      }>
    }
    const holder = await starter.startTransaction()
    await holder
      .collection('visit_coverage')
      .doc('h2_2026-11')
      .set({ data: { visits: 9 } })
    const base = { householdId: 'h2', villageId: 'v1', townshipId: 't1', period: '2026-11', lastVisitAt: now }
    await expect(bumpCoverage(db, base, 'visit-x')).rejects.toMatchObject({ code: 'conflict' })
    await holder.rollback()
    expect(run.cloud.db.count('visit_coverage', { _id: 'h2_2026-11' })).toBe(0)
    expect(await bumpCoverage(db, base, 'visit-x')).toBe(0)
  })

  test('concurrent takes of subscribe grants never take more than were given', async () => {
    await addGrants(db, 'openid-1', ['urge'], now)
    await addGrants(db, 'openid-1', ['urge'], now)
    const taken = await Promise.all(Array.from({ length: 5 }, () => takeGrant(db, 'openid-1', 'urge', now)))
    expect(taken.filter(Boolean)).toHaveLength(2)
    expect(run.cloud.db.find('notice_grants', { openid: 'openid-1' })[0].count).toBe(0)
  })
})
