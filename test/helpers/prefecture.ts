import type { RunningCloud } from './local-cloud'
import { addPerson, COUNTY } from '../functions/org/fixtures'

/** 南阳市 above the demo county (宛城区), and a second county (卧龙区) with one township and village. */
export const PREFECTURE = 'u-4113'
export const COUNTY_B = 'u-411303'
export const TOWNSHIP_B = 'u-411303100'
export const VILLAGE_B = 'u-411303100200'

const AT = new Date('2026-01-05T01:00:00.000Z')

/**
 * Seeds the 州/市 and the second county through the privileged path, then places the demo county under
 * the 州/市 with the real step (org.attachCounty, by an admin holding both). Identities:
 * demo-pref-admin and demo-pref-supervisor (the 州/市), demo-admin-b and demo-secretary-c (卧龙区).
 */
export async function addPrefecture(
  run: RunningCloud,
  opts: { stopAfter?: number; batch?: number } = {},
): Promise<void> {
  const unit = (_id: string, name: string, level: string, parentId: string | null, path: string[]) => ({
    _id,
    code: _id.slice(2),
    name,
    level,
    parentId,
    path,
    createdAt: AT,
    updatedAt: AT,
  })
  run.cloud.db.insertMany('org_units', [
    unit(PREFECTURE, '南阳市', 'prefecture', null, [PREFECTURE]),
    unit(COUNTY_B, '卧龙区', 'county', PREFECTURE, [PREFECTURE, COUNTY_B]),
    unit(TOWNSHIP_B, '七里园乡', 'township', COUNTY_B, [PREFECTURE, COUNTY_B, TOWNSHIP_B]),
    {
      ...unit(VILLAGE_B, '七里园村', 'village', TOWNSHIP_B, [PREFECTURE, COUNTY_B, TOWNSHIP_B, VILLAGE_B]),
      center: { type: 'Point', coordinates: [112.5, 33.0] },
      radiusM: 500,
      flags: { poor: false, weak: false },
    },
  ])
  addPerson(run, {
    name: '州组织部管理员',
    openid: 'demo-pref-admin',
    homeUnitId: PREFECTURE,
    roles: [{ role: 'admin', unitIds: [PREFECTURE] }],
  })
  addPerson(run, {
    name: '州督查组长',
    openid: 'demo-pref-supervisor',
    homeUnitId: PREFECTURE,
    roles: [{ role: 'supervisor', unitIds: [PREFECTURE] }],
  })
  addPerson(run, {
    name: '卧龙区管理员',
    openid: 'demo-admin-b',
    homeUnitId: COUNTY_B,
    roles: [{ role: 'admin', unitIds: [COUNTY_B] }],
  })
  addPerson(run, {
    name: '卧龙区第一书记',
    openid: 'demo-secretary-c',
    homeUnitId: VILLAGE_B,
    roles: [{ role: 'resident_cadre', unitIds: [VILLAGE_B], post: 'first_secretary' }],
  })
  // The deployer who places the county holds both grants (the county's consent and the 州/市's).
  addPerson(run, {
    name: '部署管理员',
    openid: 'demo-ops',
    homeUnitId: PREFECTURE,
    roles: [{ role: 'admin', unitIds: [PREFECTURE, COUNTY] }],
  })
  // stopAfter: the calls made before stopping, as if the step were interrupted (tests of resuming).
  for (let calls = 1; ; calls++) {
    const input = { countyId: COUNTY, prefectureId: PREFECTURE, ...(opts.batch ? { batch: opts.batch } : {}) }
    const res = await run.call('org', 'attachCounty', input, 'demo-ops')
    if (!res.ok) throw new Error(`attachCounty failed: ${res.error.message}`)
    if (calls === opts.stopAfter) return
    if (res.data.done) break
  }
  // The records the visit, notice and feedback functions own, each re-pathed by its own function.
  for (const fn of ['visit', 'notice', 'feedback'] as const) {
    for (;;) {
      const res = await run.call(fn, 'repathRecords', { countyId: COUNTY }, 'demo-ops')
      if (!res.ok) throw new Error(`${fn}.repathRecords failed: ${res.error.message}`)
      if (res.data.done) break
    }
  }
}
