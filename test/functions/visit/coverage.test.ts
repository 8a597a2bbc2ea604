import { startLocalCloud, type RunningCloud } from '../../helpers/local-cloud'
import type { Coverage } from '../../../types/api/visit-schemas'
import { fail, ok } from '../org/fixtures'
import { COUNTY, FIRST_TOWNSHIP, FIRST_VILLAGE, H1, H2, H3, NOW, visitInput } from './helpers'

let run: RunningCloud
const call = (action: string, input: unknown, openid: string, now = NOW) =>
  run.cloud.call('visit', action, input, openid, { ZHUCUN_NOW: now })
const coverage = (input: unknown, openid = 'demo-supervisor') =>
  ok<Coverage>(call('getCoverage', input, openid))

beforeEach(async () => {
  run = await startLocalCloud({ http: false, now: NOW })
})
afterEach(() => run.stop())

describe('visit coverage', () => {
  test('a pairing cadre sees which of their households are not yet visited in their own period (本周期)', async () => {
    // H1 and H3 are 监测对象 (monthly, visited in October), H2 a 脱贫户 (quarterly, visited in the quarter).
    const mine = await ok<Coverage>(call('getMyCoverage', {}, 'demo-pairing'))
    expect(mine).toMatchObject({ period: '2026-11', periodLabel: '本周期', total: 3, visited: 1 })
    expect(mine.unvisited.map((u) => u.id).sort()).toEqual([H1, H3])
    await ok(call('submitVisit', visitInput(H1), 'demo-pairing'))
    const after = await ok<Coverage>(call('getMyCoverage', {}, 'demo-pairing'))
    expect(after).toMatchObject({ visited: 2, percent: 66.7 })
    expect(after.unvisited.map((u) => u.id)).toEqual([H3])
  })

  test('a past period asked by name counts every household against that period', async () => {
    const oct = await ok<Coverage>(call('getMyCoverage', { period: '2026-10' }, 'demo-pairing'))
    expect(oct).toMatchObject({ period: '2026-10', periodLabel: '2026年10月', total: 3, visited: 3 })
  })

  test('a village shows coverage per pairing cadre and the unvisited households with their cadres', async () => {
    const v = await coverage({ unitId: FIRST_VILLAGE }, 'demo-secretary')
    // H1 and H3 (监测对象) are due this month; H2 and H4 (脱贫户) were visited this quarter.
    expect(v).toMatchObject({ rowKind: 'cadre', total: 4, visited: 2, periodLabel: '本周期' })
    expect(v.unvisited.map((u) => u.id).sort()).toEqual([H1, H3])
    expect(v.unvisited.every((u) => u.cadreNames.length > 0)).toBe(true)
    expect(v.rows.reduce((n, r) => n + r.total, 0)).toBeGreaterThanOrEqual(3)
  })

  test('township and county coverage come from counters and move when a household is first visited', async () => {
    const t0 = await coverage({ unitId: FIRST_TOWNSHIP })
    const c0 = await coverage({ unitId: COUNTY })
    const row0 = t0.rows.find((r) => r.id === FIRST_VILLAGE)!
    // Each kind in its own period: H2 and H4 (脱贫户) were visited this quarter, H1 and H3 (监测对象) not this month.
    expect(row0).toMatchObject({ total: 4, visited: 2, percent: 50 })
    await ok(call('submitVisit', visitInput(H1), 'demo-pairing'))
    await ok(call('submitVisit', visitInput(H2), 'demo-pairing'))
    const t1 = await coverage({ unitId: FIRST_TOWNSHIP })
    const c1 = await coverage({ unitId: COUNTY })
    // H1 counts for November; H2 was already counted for the quarter.
    expect(t1.rows.find((r) => r.id === FIRST_VILLAGE)).toMatchObject({ visited: 3, percent: 75 })
    expect(t1.visits).toBe(t0.visits + 2)
    expect(c1.visited).toBe(c0.visited + 1)
    expect(c1.rows.find((r) => r.id === FIRST_TOWNSHIP)!.visited).toBe(
      c0.rows.find((r) => r.id === FIRST_TOWNSHIP)!.visited + 1,
    )
    expect(c1.rowKind).toBe('township')
  })

  test('last month is its own period: October coverage is not touched by November visits', async () => {
    const oct0 = await coverage({ unitId: FIRST_VILLAGE, period: '2026-10' }, 'demo-township')
    await ok(call('submitVisit', visitInput(H1), 'demo-pairing'))
    expect(await coverage({ unitId: FIRST_VILLAGE, period: '2026-10' }, 'demo-township')).toEqual(oct0)
  })

  test('a quarterly grid starts with the next whole quarter and then sums its coverage over its three months', async () => {
    const set = await ok<{ effectiveFrom: string; currentPeriod: string }>(
      call('setPolicy', { periodMonths: 3, reason: '农忙季节减负' }, 'demo-admin'),
    )
    expect(set).toMatchObject({ effectiveFrom: '2027-01', currentPeriod: '2026-11' })
    const jan = '2027-01-10T01:00:00.000Z'
    await ok(call('submitVisit', visitInput(H1, { at: jan }), 'demo-pairing', '2027-01-10T02:00:00.000Z'))
    const feb = '2027-02-10T01:00:00.000Z'
    const second = await ok<{ period: string; firstOfPeriod: boolean }>(
      call('submitVisit', visitInput(H1, { at: feb }), 'demo-pairing', '2027-02-10T02:00:00.000Z'),
    )
    expect(second).toMatchObject({ period: '2027-01-3m', firstOfPeriod: false })
    const march = '2027-03-01T02:00:00.000Z'
    const q = await ok<Coverage>(
      call('getCoverage', { unitId: FIRST_TOWNSHIP, period: '2027-01-3m' }, 'demo-supervisor', march),
    )
    expect(q).toMatchObject({ period: '2027-01-3m', periodLabel: '2027年第1季度', visits: 2 })
    expect(q.rows.find((r) => r.id === FIRST_VILLAGE)).toMatchObject({ visited: 1 })
    // 本周期 keeps each kind's own period: H1 (监测对象) was not visited in March.
    const now = await ok<Coverage>(call('getCoverage', { unitId: FIRST_TOWNSHIP }, 'demo-supervisor', march))
    expect(now.periodLabel).toBe('本周期：监测对象 3月 / 脱贫户 第一季度')
    expect(now.rows.find((r) => r.id === FIRST_VILLAGE)).toMatchObject({ visited: 0 })
  })

  test('only the county admin sets the period, and only with a reason', async () => {
    expect((await fail(call('setPolicy', { periodMonths: 2, reason: '试行' }, 'demo-supervisor'))).code).toBe(
      'permission-denied',
    )
    expect((await fail(call('setPolicy', { periodMonths: 4, reason: '试行' }, 'demo-admin'))).code).toBe(
      'invalid-argument',
    )
  })

  test('a supervisor of another township cannot see the first township', async () => {
    expect((await fail(call('getCoverage', { unitId: FIRST_TOWNSHIP }, 'demo-supervisor-b'))).code).toBe(
      'permission-denied',
    )
  })

  test('the nightly recount rebuilds household totals per village from the registry', async () => {
    const seeded = run.cloud.db.find('stats_village', { _id: FIRST_VILLAGE })[0] as { households: number }
    run.cloud.db.insertMany('households', [
      {
        ...run.cloud.db.find('households', { _id: H1 })[0],
        _id: 'h-test-new',
        idHash: 'x-new',
        pairingCadreIds: [],
      },
    ])
    const res = (await run.cloud.timers.fireNow('visit', 'visitRecount')) as { ok: boolean }
    expect(res.ok).toBe(true)
    expect(run.cloud.db.find('stats_village', { _id: FIRST_VILLAGE })[0]).toMatchObject({
      households: seeded.households + 1,
      pairedHouseholds: 4,
    })
  })
})
