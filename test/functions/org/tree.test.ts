import { startLocalCloud, type RunningCloud } from '../../helpers/local-cloud'
import { COUNTY, fail, FIRST_TOWNSHIP, FIRST_VILLAGE, ok, personIdOf } from './fixtures'

let run: RunningCloud

beforeAll(async () => {
  run = await startLocalCloud({ http: false })
})
afterAll(() => run.stop())

type Units = { units: Array<{ id: string; level: string; name: string; hasChildren: boolean }> }
type Households = { items: Array<{ id: string; pairingCadreIds: string[] }>; total: number }

describe('the org tree', () => {
  test('without a parent, each caller starts at the roots of their own scope', async () => {
    expect((await ok<Units>(run.call('org', 'listUnits', {}, 'demo-admin'))).units.map((u) => u.id)).toEqual([
      COUNTY,
    ])
    expect(
      (await ok<Units>(run.call('org', 'listUnits', {}, 'demo-township'))).units.map((u) => u.id),
    ).toEqual([FIRST_TOWNSHIP])
    const multi = await ok<Units>(run.call('org', 'listUnits', {}, 'demo-multi'))
    expect(multi.units.map((u) => u.id).sort()).toEqual([FIRST_TOWNSHIP, FIRST_VILLAGE].sort())
  })

  test('a township lists its villages, and a village its groups, which are leaves', async () => {
    const villages = await ok<Units>(
      run.call('org', 'listUnits', { parentId: FIRST_TOWNSHIP }, 'demo-township'),
    )
    expect(villages.units).toHaveLength(3)
    expect(villages.units.every((u) => u.level === 'village' && u.hasChildren)).toBe(true)
    const groups = await ok<Units>(run.call('org', 'listUnits', { parentId: FIRST_VILLAGE }, 'demo-village'))
    expect(groups.units.map((u) => u.name)).toEqual(['第1村民小组', '第2村民小组', '第3村民小组'])
    expect(groups.units.every((u) => !u.hasChildren)).toBe(true)
  })

  test('a village shows its check-in point, radius, flags, work team and cadres', async () => {
    const detail = await ok<{
      center: { lat: number; lng: number }
      radiusM: number
      unit: { flags: { poor: boolean } }
      trail: Array<{ name: string }>
      team: Array<{ roles: Array<{ postLabel?: string }>; phoneMasked: string }>
      cadres: Array<{ roles: Array<{ postLabel?: string }> }>
      counts: { children: number; households: number }
    }>(run.call('org', 'getUnit', { unitId: FIRST_VILLAGE }, 'demo-secretary'))
    expect(detail.center.lat).toBeGreaterThan(32)
    expect(detail.radiusM).toBe(500)
    expect(typeof detail.unit.flags.poor).toBe('boolean')
    expect(detail.trail.map((t) => t.name).slice(0, 2)).toEqual(['宛城区', '瓦店镇'])
    expect(detail.team.flatMap((p) => p.roles.map((r) => r.postLabel))).toEqual(
      expect.arrayContaining(['第一书记', '工作队员']),
    )
    expect(detail.cadres[0].roles[0].postLabel).toBe('村党支部书记')
    expect(detail.counts).toMatchObject({ children: 3, households: 4 })
  })

  test('a village of another township is out of scope for a township leader', async () => {
    expect((await fail(run.call('org', 'getUnit', { unitId: 'u-411302101200' }, 'demo-township'))).code).toBe(
      'permission-denied',
    )
  })

  test('listing people can show only those not yet bound to WeChat', async () => {
    const res = await ok<{ items: Array<{ name: string; bound: boolean }> }>(
      run.call('org', 'listPeople', { unitId: FIRST_VILLAGE, bound: false }, 'demo-admin'),
    )
    expect(res.items.map((p) => p.name)).toContain('待绑定队员')
    expect(res.items.every((p) => !p.bound)).toBe(true)
  })
})

describe('households of a village', () => {
  test('a first secretary sees every household of the village', async () => {
    const res = await ok<Households>(
      run.call('org', 'listHouseholds', { villageId: FIRST_VILLAGE }, 'demo-secretary'),
    )
    expect(res.total).toBe(4)
  })

  test('a pairing cadre sees only the households paired with them', async () => {
    const me = personIdOf(run, 'demo-pairing')
    const res = await ok<Households>(
      run.call('org', 'listHouseholds', { villageId: FIRST_VILLAGE }, 'demo-pairing'),
    )
    expect(res.total).toBe(3)
    expect(res.items.every((h) => h.pairingCadreIds.includes(me))).toBe(true)
  })

  test('a township leader who is also a pairing cadre sees the whole village as township leader', async () => {
    expect(
      (await ok<Households>(run.call('org', 'listHouseholds', { villageId: FIRST_VILLAGE }, 'demo-multi')))
        .total,
    ).toBe(4)
  })
})
