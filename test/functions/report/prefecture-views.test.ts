import { startLocalCloud, type RunningCloud } from '../../helpers/local-cloud'
import { addPrefecture, COUNTY_B, PREFECTURE } from '../../helpers/prefecture'
import { COUNTY, FIRST_TOWNSHIP } from '../org/fixtures'

let run: RunningCloud
beforeAll(async () => {
  run = await startLocalCloud({ http: false, now: '2026-11-20T04:00:00.000Z' })
  await addPrefecture(run)
}, 60_000)
afterAll(() => run.stop())

async function dashboard(unitId: string, openid: string) {
  const res = await run.call('report', 'getDashboard', { unitId }, openid)
  if (!res.ok) throw new Error(res.error.message)
  return res.data
}

describe('a 州/市 supervisor sees every county beneath it', () => {
  test('the workbench counts the cadres and households of its counties', async () => {
    const [pref, county] = await Promise.all([
      run.call('org', 'getWorkbench', {}, 'demo-pref-supervisor'),
      run.call('org', 'getWorkbench', {}, 'demo-supervisor'),
    ])
    if (!pref.ok || !county.ok) throw new Error('workbench failed')
    const value = (w: typeof pref.data, key: string) => w.counts.find((c) => c.key === key)?.value
    expect(value(pref.data, 'cadres')).toBeGreaterThan(0)
    expect(value(pref.data, 'households')).toBeGreaterThan(0)
    expect(value(pref.data, 'households')).toBe(value(county.data, 'households'))
    expect(value(pref.data, 'cadres')).toBe(value(county.data, 'cadres'))
    expect(value(pref.data, 'villages')).toBe((value(county.data, 'villages') ?? 0) + 1)
  })

  test('the dashboard drills down 州 → 县 → 乡 → 村, and a county’s figures agree on both levels', async () => {
    const pref = await dashboard(PREFECTURE, 'demo-pref-supervisor')
    expect(pref.unit).toEqual({ id: PREFECTURE, name: '南阳市', level: 'prefecture' })
    expect(pref.childLevel).toBe('county')
    expect(pref.children.map((c) => c.name)).toEqual(['宛城区', '卧龙区'])
    const county = await dashboard(COUNTY, 'demo-pref-supervisor')
    expect(county.childLevel).toBe('township')
    const wancheng = pref.children.find((c) => c.id === COUNTY)
    expect(wancheng).toEqual({
      id: COUNTY,
      name: '宛城区',
      coverage:
        county.visits.total > 0
          ? { total: county.visits.total, visited: county.visits.visited, percent: county.visits.percent }
          : expect.anything(),
      presence: county.presence,
      rectOpen: county.rectify.open,
      rectOverdue: county.rectify.overdue,
    })
    expect(county.visits.total).toBeGreaterThan(0)
    expect(pref.presence).toEqual(county.presence)
    expect(pref.rectify.open).toBe(county.rectify.open)
    expect(pref.trend).toHaveLength(12)
    const township = await dashboard(FIRST_TOWNSHIP, 'demo-pref-supervisor')
    expect(township.childLevel).toBe('village')
    const village = await dashboard(township.children[0].id, 'demo-pref-supervisor')
    expect(village.unit.level).toBe('village')
  })

  test('coverage, the ledger and today cover every county beneath the 州/市, as the county’s own views do', async () => {
    const [pref, county] = await Promise.all([
      run.call('visit', 'getCoverage', { unitId: PREFECTURE }, 'demo-pref-supervisor'),
      run.call('visit', 'getCoverage', { unitId: COUNTY }, 'demo-supervisor'),
    ])
    if (!pref.ok || !county.ok) throw new Error('coverage failed')
    expect(pref.data.rowKind).toBe('county')
    expect(pref.data.rows.map((r) => r.name)).toEqual(['宛城区', '卧龙区'])
    expect(pref.data.rows[0]).toMatchObject({ total: county.data.total, visited: county.data.visited })
    expect(pref.data.total).toBeGreaterThan(0)

    const [ledgerPref, ledgerCounty] = await Promise.all([
      run.call('rectify', 'listLedger', {}, 'demo-pref-supervisor'),
      run.call('rectify', 'listLedger', {}, 'demo-supervisor'),
    ])
    if (!ledgerPref.ok || !ledgerCounty.ok) throw new Error('ledger failed')
    expect(ledgerCounty.data.total).toBeGreaterThan(0)
    expect(ledgerPref.data.total).toBe(ledgerCounty.data.total)

    const [todayPref, todayCounty] = await Promise.all([
      run.call('presence', 'getToday', {}, 'demo-pref-supervisor'),
      run.call('presence', 'getToday', {}, 'demo-supervisor'),
    ])
    if (!todayPref.ok || !todayCounty.ok) throw new Error('today failed')
    expect(todayPref.data.villages.length).toBe(todayCounty.data.villages.length + 1)
  })

  test('a county admin sees neither the 州/市 nor the other county', async () => {
    for (const [unitId, openid] of [
      [PREFECTURE, 'demo-admin'],
      [COUNTY_B, 'demo-admin'],
      [COUNTY, 'demo-admin-b'],
      [PREFECTURE, 'demo-admin-b'],
    ] as const) {
      const res = await run.call('report', 'getDashboard', { unitId }, openid)
      expect(res).toMatchObject({ ok: false, error: { code: 'permission-denied' } })
    }
  })
})
