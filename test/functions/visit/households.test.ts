import { startLocalCloud, type RunningCloud } from '../../helpers/local-cloud'
import type { HouseholdDetail, HouseholdRow } from '../../../types/api/visit-schemas'
import { fail, ok } from '../org/fixtures'
import { FIRST_VILLAGE, FIRST_TOWNSHIP, H1, H2, H4, NOW, visitInput } from './helpers'

let run: RunningCloud
const call = (action: string, input: unknown, openid: string) =>
  run.cloud.call('visit', action, input, openid)
type Page = { items: HouseholdRow[]; total: number; period: string }

beforeEach(async () => {
  run = await startLocalCloud({ http: false, now: NOW })
})
afterEach(() => run.stop())

describe('households and their visit history', () => {
  test("a pairing cadre lists only their paired households, with this period's visits", async () => {
    const page = await ok<Page>(call('listHouseholdVisits', {}, 'demo-pairing'))
    expect(page.items.map((i) => i.id).sort()).toEqual([H1, H2, 'h-411302100200-003'])
    // H2 is a 脱贫户: its 本周期 is the quarter, with the October and November visits.
    expect(page.items.find((i) => i.id === H2)).toMatchObject({
      visitsThisPeriod: 2,
      periodLabel: '2026年第4季度',
    })
    expect(page.period).toBe('2026-11')
  })

  test("a first secretary's 我的走访 lists every household of their village, not only paired ones", async () => {
    const mine = await ok<Page>(call('listHouseholdVisits', {}, 'demo-secretary'))
    const village = await ok<Page>(
      call('listHouseholdVisits', { villageId: FIRST_VILLAGE }, 'demo-secretary'),
    )
    expect(mine.total).toBe(4)
    expect(mine.items.map((i) => i.id).sort()).toEqual(village.items.map((i) => i.id).sort())
    // Another village's first secretary sees their own village, none of this one.
    const other = await ok<Page>(call('listHouseholdVisits', {}, 'demo-secretary-b'))
    expect(other.total).toBeGreaterThan(0)
    expect(other.items.map((i) => i.id)).not.toContain(H4)
  })

  test("the village team searches the whole village by the head's name and can keep only the unvisited", async () => {
    const all = await ok<Page>(call('listHouseholdVisits', { villageId: FIRST_VILLAGE }, 'demo-secretary'))
    expect(all.total).toBe(4)
    const head = all.items.find((i) => i.id === H4)!.headName
    const found = await ok<Page>(
      call('listHouseholdVisits', { villageId: FIRST_VILLAGE, q: head.slice(0, 2) }, 'demo-secretary'),
    )
    expect(found.items.map((i) => i.id)).toContain(H4)
    const unvisited = await ok<Page>(
      call('listHouseholdVisits', { villageId: FIRST_VILLAGE, unvisitedOnly: true }, 'demo-secretary'),
    )
    expect(unvisited.items.map((i) => i.id)).not.toContain(H2)
  })

  test("the village team finds a household by the pinyin initials of the head's name", async () => {
    const all = await ok<Page>(call('listHouseholdVisits', { villageId: FIRST_VILLAGE }, 'demo-secretary'))
    const h4 = all.items.find((i) => i.id === H4)!
    const found = await ok<Page>(
      call(
        'listHouseholdVisits',
        { villageId: FIRST_VILLAGE, q: h4.initials.toUpperCase() },
        'demo-secretary',
      ),
    )
    expect(found.items.map((i) => i.id)).toContain(H4)
    expect(found.items.every((i) => i.initials.startsWith(h4.initials))).toBe(true)
    const byLetter = await ok<Page>(
      call('listHouseholdVisits', { villageId: FIRST_VILLAGE, initial: h4.initials[0] }, 'demo-secretary'),
    )
    expect(byLetter.items.every((i) => i.initials[0] === h4.initials[0])).toBe(true)
  })

  test('a pairing cadre naming the village still sees only their own households there', async () => {
    const page = await ok<Page>(call('listHouseholdVisits', { villageId: FIRST_VILLAGE }, 'demo-pairing'))
    expect(page.items.map((i) => i.id)).not.toContain(H4)
    expect(
      (await fail(call('listHouseholdVisits', { villageId: FIRST_VILLAGE }, 'demo-secretary-b'))).code,
    ).toBe('permission-denied')
  })

  test('the household detail carries the last form for pre-fill, masked ID and phone, and the history', async () => {
    const before = await ok<HouseholdDetail>(call('getHousehold', { householdId: H2 }, 'demo-pairing'))
    expect(before.household.idMasked).toMatch(/^\d{4}\*{10}[\dX]{4}$/)
    expect(before.lastVisit).not.toBeNull()
    const { visitId } = await ok<{ visitId: string }>(call('submitVisit', visitInput(H2), 'demo-pairing'))
    const after = await ok<HouseholdDetail>(call('getHousehold', { householdId: H2 }, 'demo-pairing'))
    expect(after.lastVisit?.id).toBe(visitId)
    expect(after.visits.length).toBe(before.visits.length + 1)
    expect(after).toMatchObject({ visitsThisPeriod: 3, periodLabel: '2026年第4季度', mayVisit: true })
    expect(JSON.stringify(after)).not.toMatch(/idHash|idEnc|phoneEnc/)
  })

  test('a township supervisor sees the household but may not visit it', async () => {
    expect(
      await ok<HouseholdDetail>(call('getHousehold', { householdId: H1 }, 'demo-township')),
    ).toMatchObject({ mayVisit: false })
    expect((await fail(call('getHousehold', { householdId: H1 }, 'demo-township-b'))).code).toBe(
      'permission-denied',
    )
  })

  test("listVisits of a village for a period holds only that period's visits", async () => {
    const oct = await ok<{ total: number; items: Array<{ startedAt: string }> }>(
      call('listVisits', { villageId: FIRST_VILLAGE, period: '2026-10' }, 'demo-township'),
    )
    expect(oct.items.every((v) => v.startedAt.startsWith('2026-10'))).toBe(true)
    const nov = await ok<{ total: number }>(
      call('listVisits', { villageId: FIRST_VILLAGE, period: '2026-11' }, 'demo-township'),
    )
    expect(nov.total).toBe(1)
  })

  test("an export of the township holds the period's visits and every household", async () => {
    const r = await ok<{ fileID: string; url: string; visits: number; households: number }>(
      call('exportVisits', { unitId: FIRST_TOWNSHIP, period: '2026-10' }, 'demo-township'),
    )
    expect(r.fileID).toMatch(/^cloud:\/\/.+\.xlsx$/)
    expect(r.households).toBe(12)
    expect(r.visits).toBeGreaterThan(0)
    expect((await fail(call('exportVisits', { unitId: FIRST_TOWNSHIP }, 'demo-secretary'))).code).toBe(
      'permission-denied',
    )
  })
})
