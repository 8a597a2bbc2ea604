import { forgetJobRuns } from '../../helpers/job-runs'
import { startLocalCloud, type RunningCloud } from '../../helpers/local-cloud'
import { DEMO_SCALE, generateOrg } from '../../../emulator/seed/generate-org'
import { generatePresenceHistory } from '../../../emulator/seed/generate-presence-history'
import { seedCheckIn } from '../../../emulator/seed/presence-docs'
import { SEED_LAST_RETENTION_RUN } from '../../../emulator/seed/aged-check-ins'
import { Prng } from '../../../emulator/seed/prng'
import { NOW } from './helpers'

let run: RunningCloud
beforeEach(async () => {
  run = await startLocalCloud({ http: false, now: NOW })
})
afterEach(() => run.stop())

const DAY_MS = 86_400_000
const RETENTION_MS = 90 * DAY_MS
type Row = Record<string, unknown> & { _id: string; at: Date }

/** The presence timer as the night at `at` runs it. */
async function nightAt(at: Date) {
  await forgetJobRuns()
  run.cloud.invoker.env.ZHUCUN_NOW = at.toISOString()
  return run.cloud.timers.fireNow('presence')
}

const stored = (id: string) => run.cloud.db.find('presence_checkins', { _id: id })[0] as Row

describe('check-ins seeded past the retention period (the seed ages them as the nightly job would)', () => {
  const org = generateOrg(DEMO_SCALE)
  // Not the first village: the demo seed has its month by hand under the same ids.
  const village = org.villages[1]
  const personId = 'p-aged-check-in'

  test('a seeded check-in older than the period is exactly the record the nightly job leaves, from the night it fell due', async () => {
    const aged = seedCheckIn(new Prng(7), personId, village, '2026-08-10', 'am')
    // The same record as it was captured (no night had run over it yet).
    const raw = seedCheckIn(new Prng(7), personId, village, '2026-08-10', 'am', new Date(0))
    expect(raw.rawFix).toBe(true)
    expect(aged).not.toHaveProperty('rawFix')
    const night = aged.coarsenedAt
    if (!(night instanceof Date)) throw new Error('seeded record was not aged')
    run.cloud.db.insertMany('presence_checkins', [raw])
    // The night before, it was not yet due; on the seeded night the job coarsens it.
    await nightAt(new Date(night.getTime() - DAY_MS))
    expect(stored(raw._id as string)).toEqual(raw)
    expect(await nightAt(night)).toEqual({ ok: true, data: { coarsened: 1 } })
    expect(stored(raw._id as string)).toEqual(aged)
  })

  test('on the first night after a fresh seed the retention job coarsens only that night’s due check-ins', async () => {
    const { presence_checkins: seeded } = generatePresenceHistory(
      org,
      '2026-11-19',
      org.villages.slice(0, 1).map((v) => v.id),
      365,
    )
    // The demo month's records are already stored under the same ids.
    const demo = new Set((run.cloud.db.find('presence_checkins', {}) as Row[]).map((d) => d._id))
    const rows = (seeded as Row[]).filter((d) => !demo.has(d._id))
    run.cloud.db.insertMany('presence_checkins', rows)
    const next = new Date(SEED_LAST_RETENTION_RUN.getTime() + DAY_MS)
    const due = rows.filter((d) => d.rawFix === true && d.at.getTime() < next.getTime() - RETENTION_MS)
    const aged = rows.filter((d) => d.coarsenedAt instanceof Date)
    // Most of the year was already aged by earlier nights; one night's worth is left, and it is some.
    expect(aged.length).toBeGreaterThan(rows.length / 2)
    expect(due.length).toBeGreaterThan(0)
    expect(due.length).toBeLessThan(rows.length / 200)
    expect(await nightAt(next)).toEqual({ ok: true, data: { coarsened: due.length } })
  })
})
