import { forgetJobRuns } from '../../helpers/job-runs'
import { startLocalCloud, type RunningCloud } from '../../helpers/local-cloud'
import type { MonthView } from '../../../types/api/presence-views'
import { fixNear, NOW, ok, village } from './helpers'

let run: RunningCloud
beforeEach(async () => {
  run = await startLocalCloud({ http: false, now: NOW })
})
afterEach(() => run.stop())

const COUNTY = 'u-411302'
const DAY_MS = 86_400_000
const RAW = ['lat', 'lng', 'accuracy', 'wgsLat', 'wgsLng', 'coordKey', 'deviceId']
type Row = Record<string, unknown> & { _id: string }

/** A real check-in made now, as the template for older records of the same shape. */
async function realCheckIn(): Promise<Row> {
  const r = await ok<{ checkInId: string }>(
    run.call('presence', 'checkIn', fixNear(village(run), 120), 'demo-secretary'),
  )
  return run.cloud.db.find('presence_checkins', { _id: r.checkInId })[0] as Row
}

/** `n` records like `template`, `daysAgo` before the pinned clock (one minute apart). */
function olderCopies(template: Row, n: number, daysAgo: number, tag: string): string[] {
  const base = Date.parse(NOW) - daysAgo * DAY_MS
  const docs = Array.from({ length: n }, (_, i) => {
    const at = new Date(base - i * 60_000)
    return {
      ...template,
      _id: `ci-${tag}-${i}`,
      clientId: `${tag}-${i}`,
      at,
      capturedAt: at,
      receivedAt: at,
      signs: [{ kind: 'accuracy_zero', reason: '定位精度为 0' }],
    }
  })
  run.cloud.db.insertMany('presence_checkins', docs)
  return docs.map((d) => d._id)
}

const byIds = (ids: string[]) => run.cloud.db.find('presence_checkins', { _id: { $in: ids } }) as Row[]
/** The day's timer, as a fresh day (the scenarios share one pinned date). */
const fire = async () => {
  await forgetJobRuns()
  return run.cloud.timers.fireNow('presence')
}

describe('retention of raw check-in coordinates (presence.retention, daily)', () => {
  test('records older than 90 days lose their coordinates, accuracy and device id; verdict, distance, message and signs stay', async () => {
    const template = await realCheckIn()
    const old = olderCopies(template, 3, 120, 'old')
    const recent = olderCopies(template, 2, 60, 'recent')
    const before = new Map(byIds(old).map((d) => [d._id, d]))
    expect(await fire()).toEqual({ ok: true, data: { coarsened: 3 } })
    for (const doc of byIds(old)) {
      for (const f of RAW) expect(doc).not.toHaveProperty(f)
      const was = before.get(doc._id)
      expect(doc).toMatchObject({
        counted: was?.counted,
        distanceM: was?.distanceM,
        message: was?.message,
        signs: was?.signs,
        day: was?.day,
      })
      expect(doc.coarsenedAt).toEqual(new Date(NOW))
    }
    for (const doc of [...byIds(recent), template]) for (const f of RAW) expect(doc).toHaveProperty(f)
    const fresh = run.cloud.db.find('presence_checkins', { _id: template._id })[0] as Row
    for (const f of RAW) expect(fresh).toHaveProperty(f)
  })

  test('running again changes nothing: coarsening is idempotent', async () => {
    const old = olderCopies(await realCheckIn(), 4, 200, 'again')
    await fire()
    const once = byIds(old)
    // The same day again: the run record says done, no county is even invoked.
    expect(await run.cloud.timers.fireNow('presence')).toEqual({ ok: true, data: {} })
    // Another day: the job runs and finds nothing left to coarsen.
    expect(await fire()).toEqual({ ok: true, data: { coarsened: 0 } })
    expect(byIds(old)).toEqual(once)
  })

  test('a county invocation does a bounded amount of work (2,000 records) and a follow-up invocation continues where it stopped', async () => {
    olderCopies(await realCheckIn(), 2_050, 100, 'bulk')
    const bulk = { clientId: { $regex: '^bulk-' } }
    const invocations = () => run.cloud.invoker.records.filter((r) => r.fn === 'presence').length
    const before = invocations()
    expect(await fire()).toEqual({ ok: true, data: { coarsened: 2_050 } })
    // The timer's own invocation, then the county's twice: 2,000 records, then the 50 left.
    expect(invocations() - before).toBe(3)
    expect(run.cloud.db.count('presence_checkins', { ...bulk, lat: { $exists: true } })).toBe(0)
    expect(run.cloud.db.find('job_runs', { job: 'presence.retention', countyId: COUNTY })[0]).toMatchObject({
      state: 'done',
      steps: 2,
      result: { coarsened: 2_050 },
    })
  }, 90_000)

  test('a later run reads only the records still to coarsen, not those coarsened before (an indexed marker)', async () => {
    const template = await realCheckIn()
    olderCopies(template, 300, 100, 'done')
    expect(await fire()).toEqual({ ok: true, data: { coarsened: 300 } })
    expect(run.cloud.db.count('presence_checkins', { clientId: { $regex: '^done-' }, rawFix: true })).toBe(0)
    const late = olderCopies(template, 3, 100, 'late')
    const before = run.cloud.invoker.records.length
    expect(await fire()).toEqual({ ok: true, data: { coarsened: 3 } })
    // The county invocation (the timer's own is the last record) examined the three, not the 300.
    const county = run.cloud.invoker.records.slice(before, -1).filter((r) => r.fn === 'presence')
    expect(county).toHaveLength(1)
    expect(county[0].docsExamined).toBeLessThan(40)
    for (const doc of byIds(late)) expect(doc).not.toHaveProperty('rawFix')
  })

  test('the county setting decides the period: kept 180 days, a 120-day-old record keeps its coordinates', async () => {
    const template = await realCheckIn()
    const mid = olderCopies(template, 2, 120, 'mid')
    const older = olderCopies(template, 2, 200, 'older')
    await ok(
      run.call(
        'org',
        'updateSettings',
        {
          section: 'retention',
          values: { checkInDays: 180, householdYears: 5 },
          reason: '巡视整改期间留存核查',
        },
        'demo-admin',
      ),
    )
    expect(await fire()).toEqual({ ok: true, data: { coarsened: 2 } })
    for (const doc of byIds(mid)) expect(doc).toHaveProperty('lat')
    for (const doc of byIds(older)) expect(doc).not.toHaveProperty('lat')
  })

  test('a month calendar reads the same before and after its records are coarsened', async () => {
    const month = () =>
      ok<MonthView>(run.call('presence', 'getMonth', { month: '2026-10' }, 'demo-secretary'))
    const before = await month()
    await ok(
      run.call(
        'org',
        'updateSettings',
        { section: 'retention', values: { checkInDays: 30, householdYears: 5 } },
        'demo-admin',
      ),
    )
    // Three weeks on, every October record of the seed is past 30 days.
    run.cloud.invoker.env.ZHUCUN_NOW = '2026-12-15T01:00:00.000Z'
    const res = (await fire()) as { data: { coarsened: number } }
    run.cloud.invoker.env.ZHUCUN_NOW = NOW
    expect(res.data.coarsened).toBeGreaterThan(10)
    expect(run.cloud.db.count('presence_checkins', { month: '2026-10', lat: { $exists: true } })).toBe(0)
    expect(await month()).toEqual(before)
  })

  test('the settings page shows the last run: when, and how many records it coarsened', async () => {
    olderCopies(await realCheckIn(), 3, 95, 'shown')
    const none = await ok<{ lastRuns: { checkIns: unknown } }>(
      run.call('org', 'getSettings', {}, 'demo-admin'),
    )
    expect(none.lastRuns.checkIns).toBeNull()
    await fire()
    const after = await ok<{ lastRuns: { checkIns: { at: string; count: number } } }>(
      run.call('org', 'getSettings', {}, 'demo-admin'),
    )
    expect(after.lastRuns.checkIns).toEqual({ at: NOW, count: 3 })
  })
})
