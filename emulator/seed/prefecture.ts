import { keyedHash, maskPhone } from '../../cloudfunctions/src/shared/sensitive'
import { COUNTY_PLAN, generateCountySeed, type CountySeedPlan } from './demo-county'
import { DEV_DATA_KEY, seedEncrypt } from './dev-key'
import { WANCHENG, type CountySpec } from './county-spec'
import type { OrgScale } from './generate-org'
import type { SeedDoc } from './jsonl'
import type { SeedSet } from './seed-files'

/**
 * The prefecture scale: 南阳市 with its 13 counties, sized like 黔南州 (issue 22): about 1,200
 * villages, 20,000 people, 80,000 households, a year of presence (2.5 M check-ins), 800,000 visits
 * and 25,000 rectification items. 宛城区 is the county seed as it is (same ids and demo openids, now
 * under the 市); the other twelve are built from one plan each with their own codes, ids and
 * openids (`demo-p411303-00001`, `demo-admin-411303`, …), 87 villages in 8 townships.
 */
export const PREFECTURE_ID = 'u-411300'
const CREATED = new Date('2026-01-05T01:00:00.000Z')

const TOWNS = ['城关镇', '东关镇', '石桥镇', '河口镇', '新集镇', '太平镇', '双河镇', '柳泉乡']
const OTHER_COUNTIES: Array<[code: string, name: string, lat: number, lng: number]> = [
  ['411303', '卧龙区', 33.0, 112.45],
  ['411321', '南召县', 33.49, 112.43],
  ['411322', '方城县', 33.25, 113.01],
  ['411323', '西峡县', 33.3, 111.47],
  ['411324', '镇平县', 33.03, 112.23],
  ['411325', '内乡县', 33.04, 111.85],
  ['411326', '淅川县', 33.14, 111.49],
  ['411327', '社旗县', 33.05, 112.95],
  ['411328', '唐河县', 32.68, 112.81],
  ['411329', '新野县', 32.52, 112.36],
  ['411330', '桐柏县', 32.38, 113.43],
  ['411381', '邓州市', 32.69, 112.09],
]

/** 黔南's 作战室 are bigger: three 队员 and twelve pairing cadres a village. */
const OTHER_SCALE: OrgScale = {
  townships: 8,
  villagesPerTownship: [11, 11, 11, 11, 11, 11, 11, 10],
  groupsPerVillage: 6,
  pairingCadresPerVillage: 12,
  demoOpenids: true,
  extraTeamMembers: 2,
}

/** The county plans in seeding order; the first `counties` of them (宛城区 first). */
export function prefecturePlans(counties = 1 + OTHER_COUNTIES.length): CountySeedPlan[] {
  const above = [PREFECTURE_ID]
  const others = OTHER_COUNTIES.map(([code, name, lat, lng], i): CountySeedPlan => {
    const county: CountySpec = { code, name, origin: { lat, lng }, above, tag: `${code}-`, townships: TOWNS }
    return {
      county,
      org: OTHER_SCALE,
      householdsPerVillage: 70,
      demo: false,
      history: true,
      seedOffset: (i + 1) * 1000,
    }
  })
  return [{ ...COUNTY_PLAN, county: { ...WANCHENG, above } }, ...others].slice(0, counties)
}

function prefecturePerson(
  n: number,
  name: string,
  openid: string,
  role: 'admin' | 'supervisor',
  phone: string,
): SeedDoc {
  return {
    _id: `p411300-${String(n).padStart(5, '0')}`,
    name,
    phoneMasked: maskPhone(phone),
    phoneHash: keyedHash(phone, DEV_DATA_KEY),
    phoneEnc: seedEncrypt(phone),
    roles: [{ role, unitIds: [PREFECTURE_ID] }],
    homeUnitId: PREFECTURE_ID,
    openid,
    status: 'active',
    createdAt: CREATED,
    updatedAt: CREATED,
  }
}

/** The 市 itself and its two people (demo-pref-admin, demo-pref-supervisor); its counties follow. */
export function prefectureHead(): SeedSet {
  return {
    org_units: [
      {
        _id: PREFECTURE_ID,
        code: '411300',
        name: '南阳市',
        level: 'prefecture',
        parentId: null,
        path: [PREFECTURE_ID],
        createdAt: CREATED,
        updatedAt: CREATED,
      },
    ],
    people: [
      prefecturePerson(1, '市委组织部管理员', 'demo-pref-admin', 'admin', '13937700011'),
      prefecturePerson(2, '市督查组长', 'demo-pref-supervisor', 'supervisor', '13937700012'),
    ],
  }
}

/** One county's documents at a time, so a caller can write and drop them before the next. */
export function* prefectureSeeds(counties?: number): Generator<{ plan: CountySeedPlan; set: SeedSet }> {
  for (const plan of prefecturePlans(counties)) yield { plan, set: generateCountySeed(plan) }
}
