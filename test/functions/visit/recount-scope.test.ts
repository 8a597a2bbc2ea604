import { startLocalCloud, type RunningCloud } from '../../helpers/local-cloud'
import type { Database } from '../../../cloudfunctions/src/shared/db-types'
import { recountVillageHouseholds } from '../../../cloudfunctions/src/shared/village-household-stats'

// A second county with one village of three households beside the demo county's.
const SECOND = 'u-411399'
const VILLAGE = 'u-411399100200'
const PATH = [SECOND, 'u-411399100', VILLAGE]

let run: RunningCloud
let db: Database
beforeAll(async () => {
  run = await startLocalCloud({ http: false })
  const cloud = require('wx-server-sdk') as { init(o: object): void; database(o: object): unknown }
  cloud.init({})
  db = cloud.database({ throwOnNotFound: false }) as Database
  const [template] = run.cloud.db.find('households', {})
  run.cloud.db.insertMany(
    'households',
    [0, 1, 2].map((i) => ({
      ...template,
      _id: `h-second-${i}`,
      idHash: `second-${i}`,
      villageId: VILLAGE,
      unitPath: PATH,
    })),
  )
})
afterAll(() => run.stop())

/** Household documents the database looked at while `fn` ran. */
async function householdsExamined(fn: () => Promise<unknown>): Promise<number> {
  let examined = 0
  const counted = run.cloud.db.onRequest
  run.cloud.db.onRequest = (info) => {
    if (info.collection === 'households') examined += info.examined
    counted?.(info)
  }
  try {
    await fn()
  } finally {
    run.cloud.db.onRequest = counted
  }
  return examined
}

describe('the nightly household recount of one county (visit.recount)', () => {
  test('looks only at that county’s households, through the unitPath index, not at the whole prefecture', async () => {
    const now = new Date('2026-11-20T18:30:00.000Z')
    expect(await householdsExamined(() => recountVillageHouseholds(db, now, SECOND))).toBe(3)
    const demo = run.cloud.db.find('households', { unitPath: 'u-411302' }).length
    expect(await householdsExamined(() => recountVillageHouseholds(db, now, 'u-411302'))).toBe(demo)
    expect(run.cloud.db.find('stats_village', { _id: VILLAGE })[0]).toMatchObject({ households: 3 })
  })
})
