import { generateOrg } from '../../emulator/seed/generate-org'
import { PREFECTURE_ID, prefectureHead, prefecturePlans } from '../../emulator/seed/prefecture'
import type { OrgLevel } from '../../types/domain/org-unit'
import { countyIdOf, prefectureIdOf, type TreeUnit } from '../../cloudfunctions/src/shared/org-tree'

describe('the prefecture seed (npm run seed -- --scale prefecture)', () => {
  const plans = prefecturePlans()
  const orgs = plans.map((p) => generateOrg(p.org, 20261122 + p.seedOffset, p.county))
  const units = orgs.flatMap((o) => o.units)
  const people = orgs.flatMap((o) => o.people)

  test('13 counties, about 1,200 villages and 20,000 people, like 黔南州', () => {
    expect(plans).toHaveLength(13)
    const villages = orgs.reduce((n, o) => n + o.villages.length, 0)
    expect(villages).toBeGreaterThan(1150)
    expect(villages).toBeLessThan(1250)
    expect(people.length).toBeGreaterThan(18_000)
    expect(people.length).toBeLessThan(22_000)
  })

  test('no two counties share a unit id, unit code, person id or openid', () => {
    const unique = (xs: unknown[]) => new Set(xs).size === xs.length
    expect(unique(units.map((u) => u._id))).toBe(true)
    expect(unique(units.map((u) => u.code))).toBe(true)
    expect(unique(people.map((p) => p._id))).toBe(true)
    expect(unique(people.map((p) => p.openid).filter((o) => o !== null))).toBe(true)
  })

  test('every unit lies under the 市 and in its own county; 宛城区 keeps its ids and demo openids', () => {
    for (const [i, org] of orgs.entries())
      for (const u of org.units) {
        const unit: TreeUnit = { _id: String(u._id), level: u.level as OrgLevel, path: u.path as string[] }
        expect([prefectureIdOf(unit), countyIdOf(unit)]).toEqual([PREFECTURE_ID, `u-${plans[i].county.code}`])
      }
    expect(orgs[0].people.find((p) => p.openid === 'demo-admin')?._id).toBe('p00001')
    expect(orgs[1].people.find((p) => p.openid === 'demo-admin-411303')?.roles).toEqual([
      { role: 'admin', unitIds: ['u-411303'] },
    ])
  })

  test('the 市 has an admin and a supervisor whose scope is the 市', () => {
    const head = prefectureHead()
    expect(head.org_units[0]).toMatchObject({
      _id: PREFECTURE_ID,
      level: 'prefecture',
      path: [PREFECTURE_ID],
    })
    expect(head.people.map((p) => [p.openid, p.roles])).toEqual([
      ['demo-pref-admin', [{ role: 'admin', unitIds: [PREFECTURE_ID] }]],
      ['demo-pref-supervisor', [{ role: 'supervisor', unitIds: [PREFECTURE_ID] }]],
    ])
  })
})
