import { startLocalCloud, type RunningCloud } from '../helpers/local-cloud'
import { bumpStats } from '../../cloudfunctions/src/shared/stats'
import type { Database } from '../../cloudfunctions/src/shared/db-types'

let run: RunningCloud
let db: Database

beforeAll(async () => {
  run = await startLocalCloud({ http: false, seed: 'none' })
  const cloud = require('wx-server-sdk') as { init(o: object): void; database(): unknown }
  cloud.init({})
  db = cloud.database() as Database
})
afterAll(() => run.stop())

describe('pre-aggregated counters', () => {
  test('concurrent first bumps of a new counter all count', async () => {
    const base = { villageId: 'v1', townshipId: 't1', month: '2026-11' }
    await Promise.all(
      Array.from({ length: 30 }, () =>
        bumpStats(db, 'stats_village_month', 'v1_2026-11', base, { checkIns: 1, visits: 2 }),
      ),
    )
    expect(run.cloud.db.find('stats_village_month', { _id: 'v1_2026-11' })[0]).toMatchObject({
      ...base,
      checkIns: 30,
      visits: 60,
    })
  })

  test('a negative delta takes a count back (a correction or a deletion)', async () => {
    const base = { villageId: 'v2', townshipId: 't1', month: '2026-11' }
    await bumpStats(db, 'stats_village_month', 'v2_2026-11', base, { visits: 3 })
    await bumpStats(db, 'stats_village_month', 'v2_2026-11', base, { visits: -1 })
    expect(run.cloud.db.find('stats_village_month', { _id: 'v2_2026-11' })[0]).toMatchObject({ visits: 2 })
  })

  test('all-zero deltas write nothing', async () => {
    await bumpStats(
      db,
      'stats_village_month',
      'v3_2026-11',
      { villageId: 'v3', townshipId: 't1', month: '2026-11' },
      { visits: 0 },
    )
    expect(run.cloud.db.count('stats_village_month', { _id: 'v3_2026-11' })).toBe(0)
  })
})
