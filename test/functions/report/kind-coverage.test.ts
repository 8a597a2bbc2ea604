import { startLocalCloud, type RunningCloud } from '../../helpers/local-cloud'
import type { Dashboard } from '../../../types/api/report'
import { form, H2, NOW, visitInput } from '../visit/helpers'
import { COUNTY, FIRST_TOWNSHIP, FIRST_VILLAGE, ok } from '../org/fixtures'

/**
 * Two households the test adds to the first village, paired with demo-pairing and never visited by
 * the seed: a 脱贫户 (quarterly by default) and a 监测对象 (monthly).
 */
const LIFTED = 'h-test-kind-lifted'
const MONITORED = 'h-test-kind-monitored'
const DECEMBER = '2026-12-05T02:00:00.000Z'

let run: RunningCloud
const dashboard = (unitId: string, now = NOW) =>
  ok<Dashboard>(run.cloud.call('report', 'getDashboard', { unitId }, 'demo-admin', { ZHUCUN_NOW: now }))
const visit = (householdId: string, at: string) =>
  ok(run.cloud.call('visit', 'submitVisit', visitInput(householdId, { at, form: form() }), 'demo-pairing'))
const kindRow = (d: Dashboard, kind: string) => {
  const row = d.visits.byKind?.find((k) => k.kind === kind)
  if (!row) throw new Error(`no ${kind} row`)
  return row
}
const child = (d: Dashboard, id: string) => {
  const c = d.children.find((x) => x.id === id)
  if (!c) throw new Error(`no child ${id}`)
  return c.coverage
}

beforeEach(async () => {
  run = await startLocalCloud({ http: false, now: NOW })
  const [h2] = run.cloud.db.find('households', { _id: H2 })
  run.cloud.db.insertMany('households', [
    { ...h2, _id: LIFTED, idHash: 'test-kind-lifted', kind: 'lifted', monitorType: null },
    { ...h2, _id: MONITORED, idHash: 'test-kind-monitored', kind: 'monitored', monitorType: 'edge' },
  ])
  // The nightly recount counts households by kind per village.
  await run.cloud.timers.fireNow('visit', 'visitRecount')
})
afterEach(() => run.stop())

describe('dashboard coverage counts each household kind in its own 本周期', () => {
  test('a 脱贫户 visited in October counts in December for the quarter; a 监测对象 visited in November does not', async () => {
    const before = await dashboard(COUNTY, DECEMBER)
    expect(before.visits.periodLabel).toBe('监测对象 12月 / 脱贫户 第四季度')
    await visit(LIFTED, '2026-10-25T01:00:00.000Z')
    await visit(MONITORED, '2026-11-20T00:30:00.000Z')
    const after = await dashboard(COUNTY, DECEMBER)
    expect(kindRow(after, 'lifted')).toMatchObject({
      period: '2026-10-3m',
      periodLabel: '第四季度',
      visited: kindRow(before, 'lifted').visited + 1,
    })
    expect(kindRow(after, 'monitored')).toMatchObject({
      period: '2026-12',
      visited: kindRow(before, 'monitored').visited,
    })
    expect(after.visits.visited).toBe(before.visits.visited + 1)
    expect(child(after, FIRST_TOWNSHIP).visited).toBe(child(before, FIRST_TOWNSHIP).visited + 1)
  })

  test('a household visited twice in its quarter counts once; a 监测对象 counts in the month it was visited', async () => {
    const nov0 = await dashboard(FIRST_VILLAGE)
    await visit(LIFTED, '2026-10-25T01:00:00.000Z')
    await visit(LIFTED, '2026-11-19T01:00:00.000Z')
    await visit(MONITORED, '2026-11-20T00:30:00.000Z')
    const nov1 = await dashboard(FIRST_VILLAGE)
    expect(kindRow(nov1, 'lifted').visited).toBe(kindRow(nov0, 'lifted').visited + 1)
    expect(kindRow(nov1, 'monitored').visited).toBe(kindRow(nov0, 'monitored').visited + 1)
    expect(nov1.visits.total).toBe(nov0.visits.total)
    expect(kindRow(nov1, 'lifted').total + kindRow(nov1, 'monitored').total).toBe(nov1.visits.total)
  })

  test("a township's row on the county dashboard sums its villages kind by kind", async () => {
    await visit(LIFTED, '2026-10-25T01:00:00.000Z')
    const county = await dashboard(COUNTY, DECEMBER)
    const township = await dashboard(FIRST_TOWNSHIP, DECEMBER)
    const row = child(county, FIRST_TOWNSHIP)
    const byKind = township.visits.byKind ?? []
    expect(row.total).toBe(byKind.reduce((n, k) => n + k.total, 0))
    expect(row.visited).toBe(byKind.reduce((n, k) => n + k.visited, 0))
    expect(row.visited).toBe(township.children.reduce((n, c) => n + c.coverage.visited, 0))
    // December has no visit yet: everything counted is a 脱贫户 visited in the quarter.
    expect(kindRow(township, 'monitored').visited).toBe(0)
    expect(row.visited).toBe(kindRow(township, 'lifted').visited)
    expect(row.visited).toBeGreaterThan(0)
    const village = await dashboard(FIRST_VILLAGE, DECEMBER)
    expect(village.visits).toMatchObject({ total: 6, visited: 3 })
  })
})
