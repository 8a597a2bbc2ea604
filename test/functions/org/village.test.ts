import type { ActionInput } from '../../../types/api'
import { startLocalCloud, type RunningCloud } from '../../helpers/local-cloud'
import type { CheckInResult } from '../../../types/api/presence-views'
import type { VillageSettings } from '../../../types/api/org-village'
import { fixNear, NOW, village } from '../presence/helpers'
import { fail, FIRST_VILLAGE, ok } from './fixtures'

let run: RunningCloud

beforeEach(async () => {
  run = await startLocalCloud({ http: false, now: NOW })
})
afterEach(() => run.stop())

const update = (input: ActionInput<'org', 'updateVillage'>, openid = 'demo-admin') =>
  run.call('org', 'updateVillage', input, openid)
type Audit = { items: Array<{ targetId: string; summary: string }> }

/** A village of another county, outside every demo identity's scope. */
function foreignVillage(): string {
  const now = new Date(NOW)
  run.cloud.db.insertMany('org_units', [
    {
      _id: 'u-990000100200',
      code: '990000100200',
      name: '外县某村',
      level: 'village',
      parentId: 'u-990000100',
      path: ['u-990000', 'u-990000100', 'u-990000100200'],
      center: { type: 'Point', coordinates: [113, 34] },
      radiusM: 500,
      flags: { poor: false, weak: false },
      createdAt: now,
      updatedAt: now,
    },
  ])
  return 'u-990000100200'
}

describe('org.updateVillage', () => {
  test('the county admin moves the village point, radius and flags; the unit stores GeoJSON and shows the new values', async () => {
    const res = await ok<VillageSettings>(
      update({
        villageId: FIRST_VILLAGE,
        center: { lat: 33.25, lng: 112.66 },
        radiusM: 800,
        flags: { poor: true, weak: true },
      }),
    )
    expect(res).toEqual({
      villageId: FIRST_VILLAGE,
      center: { lat: 33.25, lng: 112.66 },
      radiusM: 800,
      flags: { poor: true, weak: true },
    })
    const [doc] = run.cloud.db.find('org_units', { _id: FIRST_VILLAGE })
    expect(doc).toMatchObject({
      center: { type: 'Point', coordinates: [112.66, 33.25] },
      radiusM: 800,
      flags: { poor: true, weak: true },
    })
    const unit = await ok<{ center: unknown; radiusM: number }>(
      run.call('org', 'getUnit', { unitId: FIRST_VILLAGE }, 'demo-supervisor'),
    )
    expect(unit).toMatchObject({ center: { lat: 33.25, lng: 112.66 }, radiusM: 800 })
  })

  test('changing only the radius keeps the point and flags as they were', async () => {
    const before = village(run)
    const res = await ok<VillageSettings>(update({ villageId: FIRST_VILLAGE, radiusM: 300 }))
    expect(res.radiusM).toBe(300)
    expect(res.center).toEqual({ lat: before.lat, lng: before.lng })
  })

  test("a village outside the admin's county is refused", async () => {
    const err = await fail(update({ villageId: foreignVillage(), radiusM: 600 }))
    expect(err.code).toBe('permission-denied')
  })

  test('people who are not the county admin are refused, even in their own village', async () => {
    for (const who of ['demo-township', 'demo-supervisor', 'demo-secretary']) {
      expect((await fail(update({ villageId: FIRST_VILLAGE, radiusM: 600 }, who))).code).toBe(
        'permission-denied',
      )
    }
  })

  test('a radius below 100 m or above 3000 m is refused and nothing changes', async () => {
    expect(await fail(update({ villageId: FIRST_VILLAGE, radiusM: 50 }))).toMatchObject({
      code: 'invalid-argument',
    })
    expect(await fail(update({ villageId: FIRST_VILLAGE, radiusM: 3001 }))).toMatchObject({
      code: 'invalid-argument',
    })
    expect(run.cloud.db.find('org_units', { _id: FIRST_VILLAGE })[0]).toMatchObject({ radiusM: 500 })
  })

  test('a township cannot be given a check-in point', async () => {
    expect((await fail(update({ villageId: 'u-411302100', radiusM: 600 }))).code).toBe('invalid-argument')
  })

  test('each change is written to the audit log with the old and new radius', async () => {
    await ok(update({ villageId: FIRST_VILLAGE, radiusM: 1000, flags: { poor: true, weak: false } }))
    const log = await ok<Audit>(run.call('org', 'listAudit', { targetId: FIRST_VILLAGE }, 'demo-admin'))
    expect(log.items).toHaveLength(1)
    expect(log.items[0].summary).toContain('签到半径 500→1000 米')
    expect(log.items[0].summary).toContain('贫困村：是')
  })

  test('a check-in afterwards is judged against the new point and radius', async () => {
    const old = village(run)
    const moved = { id: FIRST_VILLAGE, lat: old.lat + 0.02, lng: old.lng }
    await ok(update({ villageId: FIRST_VILLAGE, center: { lat: moved.lat, lng: moved.lng }, radiusM: 300 }))
    const atOld = await ok<CheckInResult>(
      run.cloud.call('presence', 'checkIn', fixNear(old, 0), 'demo-secretary', { ZHUCUN_NOW: NOW }),
    )
    expect(atOld.counted).toBe(false)
    expect(atOld.message).toContain('超出 300 米范围')
    const atNew = await ok<CheckInResult>(
      run.cloud.call('presence', 'checkIn', fixNear(moved, 100), 'demo-member', { ZHUCUN_NOW: NOW }),
    )
    expect(atNew.counted).toBe(true)
  })
})
