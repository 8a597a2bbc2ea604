import { startLocalCloud, type RunningCloud } from '../../helpers/local-cloud'
import { loadSeedSet } from '../../../emulator/seed/load-seed'
import { generateSeed } from '../../../emulator/seed/demo-county'
import type { Dashboard } from '../../../types/api/report'
import { COUNTY, FIRST_TOWNSHIP, FIRST_VILLAGE, fail, ok } from '../org/fixtures'

const NOW = '2026-11-20T01:00:00.000Z'
const BUDGET = 2000

function lastRecord(run: RunningCloud) {
  const rec = run.cloud.invoker.records.at(-1)
  if (!rec) throw new Error('no invocation recorded')
  return rec
}

describe('report.getDashboard on the demo county', () => {
  let run: RunningCloud
  beforeAll(async () => {
    run = await startLocalCloud({ http: false, now: NOW })
  })
  afterAll(async () => {
    await run.stop()
  })

  test('the county dashboard reads aggregates only and examines far fewer than 2,000 documents', async () => {
    const d = await ok<Dashboard>(run.call('report', 'getDashboard', {}, 'demo-admin'))
    expect(d.unit.id).toBe(COUNTY)
    expect(lastRecord(run).docsExamined).toBeLessThanOrEqual(BUDGET)
    expect(d.childLevel).toBe('township')
    expect(d.children.map((c) => c.name)).toHaveLength(3)
    expect(d.trend).toHaveLength(12)
    expect(d.trend[11].month).toBe('2026-11')
  })

  test('the county figures add up from the per-township bars', async () => {
    const d = await ok<Dashboard>(run.call('report', 'getDashboard', {}, 'demo-supervisor'))
    const sum = (f: (c: Dashboard['children'][number]) => number) => d.children.reduce((n, c) => n + f(c), 0)
    expect(sum((c) => c.coverage.visited)).toBe(d.visits.visited)
    expect(sum((c) => c.coverage.total)).toBe(d.visits.total)
    expect(sum((c) => c.rectOpen)).toBe(d.rectify.open)
    expect(sum((c) => c.presence.cadres)).toBe(d.presence.cadres)
    expect(d.presence.met + d.presence.below + d.presence.onLeave).toBe(d.presence.cadres)
  })

  test('a township leader gets their township with one cell per village by default', async () => {
    const d = await ok<Dashboard>(run.call('report', 'getDashboard', {}, 'demo-township'))
    expect(d.unit.id).toBe(FIRST_TOWNSHIP)
    expect(d.childLevel).toBe('village')
    expect(d.children.map((c) => c.id)).toContain(FIRST_VILLAGE)
  })

  test('a village cadre sees their own village and nothing above it', async () => {
    const d = await ok<Dashboard>(run.call('report', 'getDashboard', {}, 'demo-secretary'))
    expect(d.unit.id).toBe(FIRST_VILLAGE)
    expect(d.children).toEqual([])
    expect(
      (await fail(run.call('report', 'getDashboard', { unitId: FIRST_TOWNSHIP }, 'demo-secretary'))).code,
    ).toBe('permission-denied')
  })

  test('the village cadre list is sorted by name and gives each cadre their days, not a rank', async () => {
    const res = await ok<{ cadres: Array<{ name: string; days: number }> }>(
      run.call('report', 'listVillageCadres', { villageId: FIRST_VILLAGE }, 'demo-township'),
    )
    const names = res.cadres.map((c) => c.name)
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'zh-Hans-CN')))
    expect(res.cadres.some((c) => c.days > 0)).toBe(true)
  })

  test('the monthly bundle is an xlsx in cloud storage with a download link', async () => {
    const res = await ok<{
      fileID: string
      url: string
      rows: { presence: number; visits: number; rectify: number }
    }>(run.call('report', 'exportBundle', { unitId: FIRST_TOWNSHIP, month: '2026-11' }, 'demo-admin'))
    expect(res.fileID).toMatch(/\.xlsx$/)
    expect(res.url).toContain('http')
    expect(res.rows.visits).toBeGreaterThan(0)
    expect(res.rows.presence).toBeGreaterThan(0)
  })
})

/** A full county (162 villages, 13 townships) with a year of counters for every village and cadre. */
function syntheticAggregates(run: RunningCloud): void {
  const villages = run.cloud.db.find('org_units', { level: 'village' }) as Array<{
    _id: string
    parentId: string
  }>
  const cadres = run.cloud.db.find('people', { 'roles.role': 'resident_cadre' }) as Array<{
    _id: string
    homeUnitId: string
  }>
  const months = Array.from(
    { length: 12 },
    (_, i) => `${i === 0 ? '2025-12' : `2026-${String(i).padStart(2, '0')}`}`,
  )
  const township = new Map(villages.map((v) => [v._id, v.parentId]))
  const vm = villages.flatMap((v) =>
    months.map((m, i) => ({
      _id: `${v._id}_${m}`,
      villageId: v._id,
      townshipId: v.parentId,
      month: m,
      presenceDays: 30 + i,
      checkIns: 30 + i,
      visits: 40,
      visitedHouseholds: 30,
      rectOpened: 2,
      rectClosed: 1,
      rectCloseDays: 9,
    })),
  )
  run.cloud.db.insertMany(
    'stats_village_month',
    vm.filter((d) => !run.cloud.db.find('stats_village_month', { _id: d._id }).length),
  )
  const pm = cadres.flatMap((c) =>
    months.map((m, i) => ({
      _id: `${c._id}_${m}`,
      personId: c._id,
      villageId: c.homeUnitId,
      townshipId: township.get(c.homeUnitId),
      countyId: COUNTY,
      month: m,
      days: 15 + (i % 8),
      leaveDays: i % 3,
    })),
  )
  run.cloud.db.insertMany(
    'presence_months',
    pm.filter((d) => !run.cloud.db.find('presence_months', { _id: d._id }).length),
  )
  // Open items and running notices at a busy county's level.
  run.cloud.db.insertMany(
    'rectify_items',
    Array.from({ length: 400 }, (_, i) => {
      const v = villages[i % villages.length]
      return {
        _id: `ri-synth-${i}`,
        countyId: COUNTY,
        townshipId: v.parentId,
        villageId: v._id,
        path: [COUNTY, v.parentId, v._id],
        state: 'in_progress',
        deadline: '2026-11-01',
        deadlineAt: new Date(i % 2 ? '2026-11-01T16:00:00Z' : '2026-12-31T16:00:00Z'),
      }
    }),
  )
  run.cloud.db.insertMany(
    'public_notices',
    Array.from({ length: 150 }, (_, i) => {
      const v = villages[i % villages.length]
      return {
        _id: `ntc-synth-${i}`,
        unitId: v._id,
        countyId: COUNTY,
        townshipId: v.parentId,
        path: [COUNTY, v.parentId, v._id],
        status: 'published',
        startDay: '2026-11-15',
        endDay: '2026-11-25',
        objections: i % 2,
      }
    }),
  )
}

describe('report.getDashboard at county scale', () => {
  let run: RunningCloud
  beforeAll(async () => {
    run = await startLocalCloud({ http: false, now: NOW, seed: 'none' })
    const set = generateSeed('county')
    // The county generator can repeat an ID-number hash; the unique index would refuse the whole load.
    const seen = new Set<unknown>()
    set.households = set.households.filter((h) => !seen.has(h.idHash) && seen.add(h.idHash))
    loadSeedSet(run.cloud.db, set)
    syntheticAggregates(run)
    await run.cloud.timers.fireNow('report')
  }, 120_000)
  afterAll(async () => {
    await run.stop()
  })

  test('the county dashboard of 162 villages examines at most 2,000 documents once its past months are rolled up', async () => {
    await ok<Dashboard>(run.call('report', 'getDashboard', {}, 'demo-admin'))
    const d = await ok<Dashboard>(run.call('report', 'getDashboard', {}, 'demo-admin'))
    const rec = lastRecord(run)
    expect(rec.docsExamined).toBeLessThanOrEqual(BUDGET)
    expect(d.children).toHaveLength(13)
    expect(d.rectify.open).toBeGreaterThanOrEqual(400)
    expect(d.notices.inWindow).toBeGreaterThanOrEqual(150)
    expect(d.trend).toHaveLength(12)
    console.log(
      `county dashboard: ${rec.docsExamined} docs examined, ${rec.dbRequests} requests, ${rec.durationMs} ms`,
    )
  })

  test('a township dashboard at county scale examines a few hundred documents', async () => {
    await ok<Dashboard>(run.call('report', 'getDashboard', { unitId: FIRST_TOWNSHIP }, 'demo-admin'))
    expect(lastRecord(run).docsExamined).toBeLessThanOrEqual(600)
  })
})
