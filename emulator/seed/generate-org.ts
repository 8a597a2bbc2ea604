import { seedEncrypt } from './dev-key'
import type { Post, RoleGrant } from '../../types/domain/role'
import { keyedHash, maskPhone } from '../../cloudfunctions/src/shared/sensitive'
import { DEV_DATA_KEY } from './dev-key'
import { Prng } from './prng'
import { mobile, personName, villageName } from './names'
import type { SeedDoc } from './jsonl'
import { openidIn, townshipName, WANCHENG, type CountySpec } from './county-spec'

export interface OrgScale {
  townships: number
  villagesPerTownship: number[]
  groupsPerVillage: number
  pairingCadresPerVillage: number
  /** Give every person a demo openid, so the dev sign-in can be anyone. */
  demoOpenids: boolean
  /** 队员 per village beyond the first (黔南's 作战室 are bigger than 宛城区's 工作队); 0 when absent. */
  extraTeamMembers?: number
}

export interface GeneratedOrg {
  units: SeedDoc[]
  people: SeedDoc[]
  villages: Array<{
    id: string
    townshipId: string
    countyId: string
    name: string
    lat: number
    lng: number
  }>
  county: CountySpec
}

const CREATED = new Date('2026-01-05T01:00:00.000Z')

export function generateOrg(scale: OrgScale, seed = 20261122, county: CountySpec = WANCHENG): GeneratedOrg {
  const rng = new Prng(seed)
  const units: SeedDoc[] = []
  const people: SeedDoc[] = []
  const villages: GeneratedOrg['villages'] = []
  const unit = (doc: SeedDoc) => units.push({ ...doc, createdAt: CREATED, updatedAt: CREATED })
  let personNo = 0
  const person = (homeUnitId: string, roles: RoleGrant[], fixed?: { name?: string; openid?: string }) => {
    personNo += 1
    const phone = mobile(rng)
    const id = `p${county.tag}${String(personNo).padStart(5, '0')}`
    people.push({
      _id: id,
      name: fixed?.name ?? personName(rng),
      phoneMasked: maskPhone(phone),
      phoneHash: keyedHash(phone, DEV_DATA_KEY),
      phoneEnc: seedEncrypt(phone),
      roles,
      homeUnitId,
      openid: fixed?.openid ? openidIn(county, fixed.openid) : scale.demoOpenids ? `demo-${id}` : null,
      status: 'active',
      createdAt: CREATED,
      updatedAt: CREATED,
    })
  }
  const countyId = `u-${county.code}`
  const above = county.above
  unit({
    _id: countyId,
    code: county.code,
    name: county.name,
    level: 'county',
    parentId: above.length ? above[above.length - 1] : null,
    path: [...above, countyId],
  })
  person(countyId, [{ role: 'admin', unitIds: [countyId] }], { name: '组织部管理员', openid: 'demo-admin' })
  person(countyId, [{ role: 'supervisor', unitIds: [countyId] }], {
    name: '督查组长',
    openid: 'demo-supervisor',
  })
  const taken = new Set<string>()
  for (let t = 0; t < scale.townships; t++) {
    const tCode = `${county.code}${String(100 + t).padStart(3, '0')}`
    const tId = `u-${tCode}`
    unit({
      _id: tId,
      code: tCode,
      name: townshipName(county, t),
      level: 'township',
      parentId: countyId,
      path: [...above, countyId, tId],
    })
    person(
      tId,
      [{ role: 'township_leader', unitIds: [tId] }],
      t === 0 ? { openid: 'demo-township' } : t === 1 ? { openid: 'demo-township-b' } : undefined,
    )
    // A supervisor whose scope is one township only: out of scope for everything in 瓦店镇.
    if (t === 1)
      person(countyId, [{ role: 'supervisor', unitIds: [tId] }], {
        name: '乡镇督导员',
        openid: 'demo-supervisor-b',
      })
    const count = scale.villagesPerTownship[t % scale.villagesPerTownship.length]
    for (let v = 0; v < count; v++) {
      const vCode = `${tCode}${String(200 + v).padStart(3, '0')}`
      const vId = `u-${vCode}`
      const lat = Math.round((county.origin.lat + (rng.next() - 0.5) * 0.5) * 1e6) / 1e6
      const lng = Math.round((county.origin.lng + (rng.next() - 0.5) * 0.6) * 1e6) / 1e6
      const name = villageName(rng, taken)
      villages.push({ id: vId, townshipId: tId, countyId, name, lat, lng })
      unit({
        _id: vId,
        code: vCode,
        name,
        level: 'village',
        parentId: tId,
        path: [...above, countyId, tId, vId],
        center: { type: 'Point', coordinates: [lng, lat] },
        radiusM: 500,
        flags: { poor: rng.chance(0.4), weak: rng.chance(0.1) },
      })
      for (let g = 0; g < scale.groupsPerVillage; g++) {
        const gCode = `${vCode}${String(g + 1).padStart(2, '0')}`
        unit({
          _id: `u-${gCode}`,
          code: gCode,
          name: `第${g + 1}村民小组`,
          level: 'group',
          parentId: vId,
          path: [...above, countyId, tId, vId, `u-${gCode}`],
        })
      }
      const first = t === 0 && v === 0
      const resident = (post: Post, openid?: string) =>
        person(vId, [{ role: 'resident_cadre', unitIds: [vId], post }], openid ? { openid } : undefined)
      // demo-secretary-b works in another township: the out-of-scope peer of demo-secretary.
      resident(
        'first_secretary',
        first ? 'demo-secretary' : t === 1 && v === 0 ? 'demo-secretary-b' : undefined,
      )
      resident('team_member', first ? 'demo-member' : undefined)
      for (let m = 0; m < (scale.extraTeamMembers ?? 0); m++) resident('team_member')
      person(
        vId,
        [{ role: 'village_cadre', unitIds: [vId], post: 'branch_secretary' }],
        first ? { openid: 'demo-village' } : undefined,
      )
      for (let p = 0; p < scale.pairingCadresPerVillage; p++) {
        person(
          vId,
          [{ role: 'pairing_cadre', unitIds: [vId] }],
          first && p === 0 ? { openid: 'demo-pairing' } : undefined,
        )
      }
    }
  }
  // One person, several roles: a township leader who also pairs with households in a village.
  const firstVillage = villages[0]
  if (firstVillage) {
    person(
      firstVillage.townshipId,
      [
        { role: 'township_leader', unitIds: [firstVillage.townshipId] },
        { role: 'pairing_cadre', unitIds: [firstVillage.id] },
      ],
      { name: '双岗干部', openid: 'demo-multi' },
    )
  }
  // An imported person not yet bound to any WeChat user, for the binding journey.
  if (firstVillage)
    person(firstVillage.id, [{ role: 'resident_cadre', unitIds: [firstVillage.id], post: 'team_member' }], {
      name: '待绑定队员',
      openid: undefined,
    })
  people[people.length - 1].openid = null
  return { units, people, villages, county }
}

export const DEMO_SCALE: OrgScale = {
  townships: 3,
  villagesPerTownship: [3, 3, 2],
  groupsPerVillage: 3,
  pairingCadresPerVillage: 2,
  demoOpenids: false,
}
/** 162 villages in 13 townships, as in 宛城区 (DOMAIN.md). */
export const COUNTY_SCALE: OrgScale = {
  townships: 13,
  villagesPerTownship: [12, 12, 13, 12, 13, 12, 13, 12, 13, 12, 13, 12, 13],
  groupsPerVillage: 6,
  pairingCadresPerVillage: 9,
  demoOpenids: true,
}
