import { startLocalCloud, type RunningCloud } from '../../helpers/local-cloud'
import { fail, ok } from '../org/fixtures'
import { FIRST_VILLAGE, H1, H2, H3, NOW } from './helpers'

/**
 * The first village: H1 and H3 监测对象 (visited in October only), H2 脱贫户 (October and November),
 * demo-pairing (p00007) pairs with all three and demo-multi (p00047) with H3; H4 脱贫户 visited in
 * October, paired with p00008 only. ORD is an 一般农户 the tests add, paired with demo-pairing.
 */
const ORD = 'h-test-ordinary'
let run: RunningCloud
beforeEach(async () => {
  run = await startLocalCloud({ http: false, now: NOW })
  const [h2] = run.cloud.db.find('households', { _id: H2 })
  run.cloud.db.insertMany('households', [
    { ...h2, _id: ORD, idHash: 'test-ordinary', kind: 'ordinary', monitorType: null, mainCause: null },
  ])
})
afterEach(() => run.stop())

type Row = { id: string; due: boolean; periodLabel: string; visitsThisPeriod: number }
const list = (input: Record<string, unknown>) =>
  ok<{ items: Row[] }>(
    run.call('visit', 'listHouseholdVisits', { villageId: FIRST_VILLAGE, ...input }, 'demo-pairing'),
  )
const urged = async () => {
  const res = await ok<{ recipients: Array<{ personId: string; reason: string }> }>(
    run.call(
      'notice',
      'previewUrge',
      { filter: 'unvisited_month', topic: 'visit', unitId: FIRST_VILLAGE },
      'demo-township',
    ),
  )
  return Object.fromEntries(res.recipients.map((r) => [r.personId, r.reason]))
}
const setKinds = (byKind: unknown, openid = 'demo-admin') =>
  run.call('visit', 'setKindPeriods', { byKind, reason: '省里要求脱贫户每月走访' } as never, openid)

describe('走访周期 by household kind (本周期)', () => {
  test('by default 监测对象 are due monthly, 脱贫户 quarterly, and 一般农户 have no set period', async () => {
    const rows = new Map((await list({})).items.map((r) => [r.id, r]))
    expect(rows.get(H1)).toMatchObject({ due: true, periodLabel: '2026年11月', visitsThisPeriod: 0 })
    expect(rows.get(H2)).toMatchObject({ due: false, periodLabel: '2026年第4季度', visitsThisPeriod: 2 })
    expect(rows.get(H3)).toMatchObject({ due: true, periodLabel: '2026年11月' })
    expect(rows.get(ORD)).toMatchObject({ due: false, visitsThisPeriod: 0 })
    expect(rows.get(ORD)?.periodLabel).toContain('不定期')
    const unvisited = (await list({ unvisitedOnly: true })).items.map((r) => r.id)
    expect(unvisited.sort()).toEqual([H1, H3])
  })

  test("a pairing cadre's coverage counts each household in its own period, and leaves out kinds without one", async () => {
    const mine = await ok<{
      total: number
      visited: number
      unvisited: Array<{ id: string }>
      periodLabel: string
    }>(run.call('visit', 'getMyCoverage', {}, 'demo-pairing'))
    expect(mine.periodLabel).toBe('本周期')
    expect(mine.unvisited.map((u) => u.id).sort()).toEqual([H1, H3])
    expect(mine.total).toBe(3) // ORD, an 一般农户 without a set period, is not counted
  })

  test('reminders and 催办 name only households due in their own period', async () => {
    const before = await urged()
    expect(before.p00007).toBe('本周期未走访 2 户')
    expect(before.p00047).toBe('本周期未走访 1 户')
    expect(before.p00008).toBeUndefined()
  })

  test('the county sets the periods per kind; 本周期 and the reminders follow at once, and the change is audited', async () => {
    const view = await ok<{ byKind: unknown; byKindLabel: string }>(
      setKinds({ monitored: 1, lifted: 1, ordinary: 3 }),
    )
    expect(view).toMatchObject({
      byKind: { monitored: 1, lifted: 1, ordinary: 3 },
      byKindLabel: '脱贫户每月，监测对象每月，一般农户每季度',
    })
    const rows = new Map((await list({})).items.map((r) => [r.id, r]))
    expect(rows.get(H2)).toMatchObject({ due: false, periodLabel: '2026年11月', visitsThisPeriod: 1 })
    expect(rows.get(ORD)).toMatchObject({ due: true, periodLabel: '2026年第4季度', visitsThisPeriod: 0 })
    expect((await urged()).p00008).toBe('本周期未走访 1 户')
    const audit = run.cloud.db.find('audit_log', { action: 'setKindPeriods' }) as Array<{ summary: string }>
    expect(audit.map((a) => a.summary)).toEqual([
      '按农户类型的走访周期改为：脱贫户每月，监测对象每月，一般农户每季度：省里要求脱贫户每月走访',
    ])
    const read = await ok<{ byKindReason: string }>(run.call('visit', 'getPolicy', {}, 'demo-pairing'))
    expect(read.byKindReason).toBe('省里要求脱贫户每月走访')
  })

  test('bad periods get a Chinese error, only a county admin may set them, and nothing changes', async () => {
    expect(await fail(setKinds({ monitored: 0, lifted: 3, ordinary: 0 }))).toMatchObject({
      code: 'invalid-argument',
      message: expect.stringContaining('监测对象须有固定走访周期'),
    })
    expect(await fail(setKinds({ monitored: 1, lifted: 5, ordinary: 0 }))).toMatchObject({
      code: 'invalid-argument',
      message: expect.stringContaining('走访周期只能是不定期、每月、每两个月、每季度或每半年'),
    })
    expect(await fail(setKinds({ monitored: 1, lifted: 1, ordinary: 0 }, 'demo-township'))).toMatchObject({
      code: 'permission-denied',
    })
    const read = await ok<{ byKind: unknown }>(run.call('visit', 'getPolicy', {}, 'demo-pairing'))
    expect(read.byKind).toEqual({ monitored: 1, lifted: 3, ordinary: 0 })
    expect(run.cloud.db.find('audit_log', { action: 'setKindPeriods' })).toEqual([])
  })
})
