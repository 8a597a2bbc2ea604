import { startLocalCloud, type RunningCloud } from '../../helpers/local-cloud'
import { bumpStats } from '../../../cloudfunctions/src/shared/stats'
import type { Database } from '../../../cloudfunctions/src/shared/db-types'

let run: RunningCloud
let db: Database

beforeAll(async () => {
  run = await startLocalCloud({ http: false, seed: 'none' })
  const cloud = require('wx-server-sdk') as { init(o: object): void; database(): unknown }
  cloud.init({})
  db = cloud.database() as Database
})
afterAll(() => run.stop())

// The compiler is the check here (`npx tsc` runs over test/): each line below must be refused.
async function misspelt(): Promise<void> {
  const base = { villageId: 'v', townshipId: 't', month: '2026-11' }
  // @ts-expect-error a misspelt counter field does not compile
  await bumpStats(db, 'stats_village_month', 'v_2026-11', base, { checkIn: 1 })
  // @ts-expect-error a counter collection that does not exist does not compile
  await bumpStats(db, 'stats_villages_month', 'v_2026-11', base, { checkIns: 1 })
  // @ts-expect-error a key field a counter doc carries (personId, countyId) cannot be left out
  await bumpStats(db, 'presence_months', 'p_2026-11', base, { days: 1 })
  // @ts-expect-error a key field is not a counter
  await bumpStats(db, 'stats_village_month', 'v_2026-11', base, { month: 1 })
}

describe('typed counters', () => {
  test('the misspellings above are compile errors, never run', () => {
    expect(typeof misspelt).toBe('function')
  })

  test('a per-cadre month counter is created with its key fields and bumped by name', async () => {
    const base = { personId: 'p1', villageId: 'v1', townshipId: 't1', countyId: 'c1', month: '2026-11' }
    await bumpStats(db, 'presence_months', 'p1_2026-11', base, { days: 1 })
    await bumpStats(db, 'presence_months', 'p1_2026-11', base, { days: 1, leaveDays: 2 })
    expect(run.cloud.db.find('presence_months', { _id: 'p1_2026-11' })[0]).toMatchObject({
      ...base,
      days: 2,
      leaveDays: 2,
    })
  })
})
